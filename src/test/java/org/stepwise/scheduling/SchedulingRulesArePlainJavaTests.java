package org.stepwise.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules a booking, a block's time and the curriculum rotation follow are plain Java, so that the optimizer and the
 * pages judge alike and each rule is tested without a database.
 */
class SchedulingRulesArePlainJavaTests {

    @Test
    void bookingRulesBlockRulesAndTheRotationUseNoSpringNorStorage() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stepwise.scheduling");
        noClasses().that().haveSimpleName("BookingRules").or().haveSimpleNameStartingWith("BookingRules$")
                .or().haveSimpleName("BlockRules").or().haveSimpleName("CurriculumRotation")
                .or().haveSimpleName("DayPart").or().haveSimpleName("Availability")
                .or().haveSimpleNameStartingWith("Availability$").or().haveSimpleName("AvailabilityDetails")
                .or().haveSimpleName("SessionTypeDetails")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..")
                .check(classes);
    }
}
