package org.stepwise.intake.referral;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The referral pipeline is a clinical-workflow rule: plain Java, testable without a Spring context. */
class ReferralRulesArePlainJavaTests {

    @Test
    void theReferralPackageUsesNoSpring() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stepwise.intake.referral");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .because("clinical rules are plain Java (docs/architecture.md)")
                .check(classes);
    }
}
