package org.stepwise.notes.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The signing and group-note rules are plain Java: no Spring, no database, nothing but the JDK and value types. */
class NotesRulesArePlainJavaTests {

    @Test
    void theRulesUseNoSpringAndNoStorage() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stepwise.notes");
        noClasses().that().resideInAPackage("org.stepwise.notes.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "org.stepwise.notes.internal..", "org.stepwise.notes.web..")
                .check(classes);
    }
}
