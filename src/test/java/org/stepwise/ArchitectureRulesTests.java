package org.stepwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** House rules the compiler cannot check. */
class ArchitectureRulesTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stepwise");

    /** Least privilege is declared on every handler, not left to a URL rule someone forgets to add. */
    @Test
    void everyControllerMethodNamesWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().arePublic().or().arePackagePrivate()
                .and().areMetaAnnotatedWith(RequestMapping.class)
                .and().areNotDeclaredIn("org.stepwise.security.web.LoginController")
                .and().areNotDeclaredIn("org.stepwise.platform.ErrorPageController")
                .and().doNotHaveFullName("org.stepwise.security.web.TokenController.issue(org.stepwise.security.web.TokenController$TokenRequest)")
                .should().beAnnotatedWith(PreAuthorize.class)
                .because("every page and API call enforces its permission on the server (see security.RolePermissions)")
                .check(CLASSES);
    }
}
