package org.stepwise.attendance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The attendance arithmetic and rules are plain Java: no Spring, no database, nothing but the JDK and a few value types. */
class AttendanceRulesArePlainJavaTests {

    @Test
    void theRulesUseNoSpringAndNoStorage() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stepwise.attendance");
        noClasses().that().resideInAPackage("org.stepwise.attendance.rules..")
                .or().haveSimpleName("AttendanceStatus")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "org.stepwise.attendance.internal..", "org.stepwise.attendance.web..")
                .check(classes);
    }
}
