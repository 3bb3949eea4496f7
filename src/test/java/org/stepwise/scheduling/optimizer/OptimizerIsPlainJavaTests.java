package org.stepwise.scheduling.optimizer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The optimizer is plain Java and Timefold: no Spring, no database, no JSON; the scheduling module wires it. */
class OptimizerIsPlainJavaTests {

    @Test
    void theOptimizerUsesNoSpringNoDatabaseAndNoJson() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stepwise.scheduling.optimizer");
        noClasses().that().resideInAPackage("org.stepwise.scheduling.optimizer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "tools.jackson..", "com.fasterxml..", "java.sql..", "javax.sql..")
                .because("the optimizer is planning logic: plain Java, unit-tested on its own")
                .check(classes);
    }
}
