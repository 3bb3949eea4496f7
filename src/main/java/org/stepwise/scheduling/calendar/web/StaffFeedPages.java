package org.stepwise.scheduling.calendar.web;

import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.scheduling.calendar.CalendarFeeds;
import org.stepwise.scheduling.calendar.FeedOwner;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * A staff member's feed of the sessions they facilitate: on their own account page (make, replace, revoke), and on
 * the administrator's page of the account (see and revoke only).
 */
@Controller
class StaffFeedPages {

    private static final String OWN = "/account/calendar-feed";

    private final CalendarFeeds feeds;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final Clock clock;

    StaffFeedPages(CalendarFeeds feeds, CurrentUser currentUser, StaffDirectory staff, Clock clock) {
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping(OWN)
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    String own(@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        StepwiseUser me = currentUser.require();
        var live = feeds.live(new FeedOwner.OfStaff(me.staffId()));
        return ownPage(me).panel(model, live, clock, htmx != null && historyRestore == null);
    }

    @PostMapping(OWN)
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    String createOwn(@ModelAttribute FeedForm form, Model model) {
        StepwiseUser me = currentUser.require();
        CalendarFeeds.Issued issued = feeds.create(new FeedOwner.OfStaff(me.staffId()), form.expected());
        return ownPage(me).created(model, issued, clock);
    }

    @PostMapping(OWN + "/revoke")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    String revokeOwn(@ModelAttribute FeedForm form, RedirectAttributes redirect) {
        boolean revoked = feeds.revoke(new FeedOwner.OfStaff(currentUser.require().staffId()), form.expected());
        redirect.addFlashAttribute("notice", revoked ? "calendar.revoked" : "calendar.alreadyRevoked");
        return "redirect:" + OWN;
    }

    @GetMapping("/admin/staff/{id}/calendar-feed")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String ofStaff(@PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        var live = feeds.live(new FeedOwner.OfStaff(new StaffId(id)));
        return staffPage(id).panel(model, live, clock, htmx != null && historyRestore == null);
    }

    @PostMapping("/admin/staff/{id}/calendar-feed/revoke")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String revokeOfStaff(@PathVariable UUID id, @ModelAttribute FeedForm form, RedirectAttributes redirect) {
        boolean revoked = feeds.revoke(new FeedOwner.OfStaff(new StaffId(id)), form.expected());
        redirect.addFlashAttribute("notice", revoked ? "calendar.revoked" : "calendar.alreadyRevoked");
        return "redirect:/admin/staff/" + id + "/calendar-feed";
    }

    private static FeedPage ownPage(StepwiseUser me) {
        return new FeedPage(OWN, "own", me.displayName(), "/account", "calendar.back.account", true);
    }

    private FeedPage staffPage(UUID id) {
        StaffMember member = staff.byId(new StaffId(id))
                .orElseThrow(() -> new NotFoundException("There is no such staff member."));
        // An administrator may revoke another person's feed but never make one: its URL would be known to them.
        boolean self = member.id().equals(currentUser.require().staffId());
        return new FeedPage(self ? OWN : "/admin/staff/" + id + "/calendar-feed", self ? "own" : "staff",
                member.displayName(), "/admin/staff/" + id, "calendar.back.staff", self);
    }
}
