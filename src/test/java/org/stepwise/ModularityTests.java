package org.stepwise;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries are tested, not hoped for; the run also writes the module documentation to target/spring-modulith-docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(StepwiseApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndFormNoCycles() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
