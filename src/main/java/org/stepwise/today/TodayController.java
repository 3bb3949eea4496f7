package org.stepwise.today;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;

/** Each role's landing page: the counts that need attention today and the documentation queue, oldest first. */
@Controller
class TodayController {

    private static final Comparator<DocumentationTask> OLDEST_FIRST = Comparator.comparing(DocumentationTask::since)
            .thenComparing(DocumentationTask::clientName).thenComparing(DocumentationTask::what);

    private final CurrentUser currentUser;
    private final List<TodayCards> contributors;
    private final List<DocumentationTasks> paperwork;

    TodayController(CurrentUser currentUser, List<TodayCards> contributors, List<DocumentationTasks> paperwork) {
        this.currentUser = currentUser;
        this.contributors = contributors;
        this.paperwork = paperwork;
    }

    @GetMapping("/")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    String today(Model model) {
        StepwiseUser user = currentUser.require();
        model.addAttribute("cards", contributors.stream().flatMap(c -> c.cardsFor(user).stream()).toList());
        List<DocumentationTask> documentation = paperwork.stream().flatMap(p -> p.tasksFor(user).stream())
                .sorted(OLDEST_FIRST).toList();
        model.addAttribute("documentation", documentation);
        // People who write clinical documentation always see their queue, empty or not; others only when owed something.
        model.addAttribute("documentationShown", !documentation.isEmpty()
                || user.can(Permission.CLINICAL_WRITE));
        return "today/today";
    }
}
