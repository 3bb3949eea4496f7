package org.stepwise.measures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The clinical scoring rules stay plain Java: readable and testable without Spring, a database or JSON. */
class ScoringIsPlainJavaTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stepwise");

    @Test
    void scoringDependsOnNoFrameworkNoDatabaseAndNoJson() {
        noClasses().that().resideInAPackage("org.stepwise.measures.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "tools.jackson..", "com.fasterxml..", "java.sql..", "javax.sql..")
                .because("instrument scoring is clinical logic: plain Java, unit-tested on its own (architecture.md 7)")
                .check(CLASSES);
    }

    @Test
    void scoringUsesNoOtherPartOfTheApplicationButSharedTypes() {
        noClasses().that().resideInAPackage("org.stepwise.measures.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.stepwise.measures", "org.stepwise.measures.internal..",
                        "org.stepwise.measures.web..", "org.stepwise.security..", "org.stepwise.audit..",
                        "org.stepwise.platform..", "org.stepwise.staff..")
                .check(CLASSES);
    }
}
