package org.stepwise.today;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;

/** Puts what the shared layout needs (the user, their navigation, the idle timeout) on every page's model. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final CurrentUser currentUser;
    private final Navigation navigation;
    private final long idleTimeoutSeconds;

    LayoutModelAdvice(CurrentUser currentUser, Navigation navigation,
            @Value("${spring.session.timeout:15m}") Duration idleTimeout) {
        this.currentUser = currentUser;
        this.navigation = navigation;
        this.idleTimeoutSeconds = idleTimeout.toSeconds();
    }

    @ModelAttribute("me")
    StepwiseUser me() {
        return currentUser.get().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return currentUser.get().map(navigation::visibleTo).orElse(List.of());
    }

    @ModelAttribute("idleTimeoutSeconds")
    long idleTimeoutSeconds() {
        return idleTimeoutSeconds;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
