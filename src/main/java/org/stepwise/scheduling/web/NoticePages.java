package org.stepwise.scheduling.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.scheduling.SessionNotice;
import org.stepwise.scheduling.SessionNotices;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.InvalidRequestException;

/** {@code /schedule/notices}: the changes to the signed-in person's sessions, and marking them read. */
@Controller
class NoticePages {

    private final SessionNotices notices;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticePages(SessionNotices notices, CurrentUser currentUser, Clock clock) {
        this.notices = notices;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/schedule/notices")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    String mine(Model model) {
        List<SessionNotice> mine = notices.forStaff(currentUser.require().staffId());
        model.addAttribute("notices", mine);
        model.addAttribute("newest", mine.isEmpty() ? null : mine.getFirst().createdAt().toString());
        model.addAttribute("unread", mine.stream().anyMatch(SessionNotice::unread));
        model.addAttribute("zone", clock.getZone());
        return "scheduling/notices";
    }

    /** Marks as read the notices up to the newest the page showed (one that arrived since stays unread). */
    @PostMapping("/schedule/notices/read")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    String read(@RequestParam(required = false) @Nullable Instant upTo) {
        if (upTo == null) {
            throw new InvalidRequestException("Say up to which notice you have read (the page sends it).");
        }
        notices.markRead(currentUser.require().staffId(), upTo);
        return "redirect:/schedule/notices";
    }
}
