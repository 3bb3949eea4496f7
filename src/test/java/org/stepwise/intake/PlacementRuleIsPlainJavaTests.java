package org.stepwise.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Clinical rules are plain Java: the level-of-care rule and the value types it uses know nothing of Spring. */
class PlacementRuleIsPlainJavaTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stepwise.intake");

    @Test
    void theLevelOfCareRuleDoesNotDependOnSpring() {
        noClasses().that().resideInAPackage("org.stepwise.intake.placement..")
                .or().belongToAnyOf(LevelOfCare.class, PlacementFramework.class, Candidacy.class, Recommendation.class,
                        NewPlacement.class, PlacementId.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "jakarta.persistence..")
                .because("level-of-care rules are plain Java, tested without a container (architecture.md, point 7)")
                .check(CLASSES);
    }
}
