package org.stepwise.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The generator is plain Java, so that tests and benchmarks can build clinics without a Spring context. */
class GeneratorIsPlainJavaTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stepwise.demo");

    @Test
    void theGeneratorDoesNotDependOnSpring() {
        noClasses().that().resideInAPackage("org.stepwise.demo.internal..")
                .or().haveSimpleNameStartingWith("SyntheticClinic")
                .or().haveSimpleName("ClinicSpec")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }
}
