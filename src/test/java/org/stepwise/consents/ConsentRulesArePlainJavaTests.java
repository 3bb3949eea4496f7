package org.stepwise.consents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The consent, its rules and the disclosure rule are plain Java: only the two services know Spring. */
class ConsentRulesArePlainJavaTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stepwise.consents");

    @Test
    void theConsentRulesDoNotDependOnSpring() {
        noClasses().that().resideInAPackage("org.stepwise.consents")
                .and().doNotHaveSimpleName("Consents").and().doNotHaveSimpleName("Disclosures")
                .and().haveSimpleNameNotStartingWith("Disclosures$")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "jakarta.persistence..")
                .because("consent and disclosure rules are plain Java, tested without a container (architecture.md, 7)")
                .check(CLASSES);
    }
}
