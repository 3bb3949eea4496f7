package org.stepwise.safety;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The alert and the rule that opens one are plain Java: no Spring. */
class SafetyRulesArePlainJavaTests {

    @Test
    void theAlertAndItsRuleUseNoSpring() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stepwise.safety");
        noClasses().that().haveSimpleNameStartingWith("SafetyAlert").and().haveSimpleNameNotEndingWith("s")
                .and().haveSimpleNameNotContaining("Api").and().haveSimpleNameNotContaining("Pages")
                .or().haveSimpleName("SafetyRule").or().haveSimpleNameStartingWith("SafetyRule$")
                .or().haveSimpleName("Severity").or().haveSimpleName("AlertOutcome")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    /** The plan, screen and schedule rules (issue 6) are plain Java too. */
    @Test
    void theRulesPackageUsesNoSpring() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stepwise.safety.rules");
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(classes);
    }
}
