package org.stepwise.signals.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The signal rules are plain Java: no Spring, no database, nothing but the facts they are given. */
class SignalRulesArePlainJavaTests {

    @Test
    void theRulesUseNoSpringAndNoJdbc() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stepwise.signals.rules");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                "javax.sql..").check(classes);
    }
}
