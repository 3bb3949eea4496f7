package org.stepwise.today;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;

/** Each role's landing page: the counts that need attention today. */
@Controller
class TodayController {

    private final CurrentUser currentUser;
    private final List<TodayCards> contributors;

    TodayController(CurrentUser currentUser, List<TodayCards> contributors) {
        this.currentUser = currentUser;
        this.contributors = contributors;
    }

    @GetMapping("/")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    String today(Model model) {
        StepwiseUser user = currentUser.require();
        model.addAttribute("cards", contributors.stream().flatMap(c -> c.cardsFor(user).stream()).toList());
        return "today/today";
    }
}
