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
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.scheduling.calendar.CalendarFeeds;
import org.stepwise.scheduling.calendar.FeedOwner;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/** The client's calendar feed: a section of the chart, and the pages its forms lead to. */
@Controller
class ClientFeedPages {

    private final CalendarFeeds feeds;
    private final ClientRegistry registry;
    private final Clock clock;

    ClientFeedPages(CalendarFeeds feeds, ClientRegistry registry, Clock clock) {
        this.feeds = feeds;
        this.registry = registry;
        this.clock = clock;
    }

    /** The chart's section: a fragment for htmx, the same content as a page of its own otherwise. */
    @GetMapping("/clients/{clientId}/calendar-feed")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String show(@PathVariable UUID clientId, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        FeedOwner owner = new FeedOwner.OfClient(new ClientId(clientId));
        var live = feeds.live(owner);
        return page(clientId).panel(model, live, clock, htmx != null && historyRestore == null);
    }

    /** Makes the client's feed (replacing the live one) and shows its URL, once. */
    @PostMapping("/clients/{clientId}/calendar-feed")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String create(@PathVariable UUID clientId, @ModelAttribute FeedForm form, Model model) {
        CalendarFeeds.Issued issued = feeds.create(new FeedOwner.OfClient(new ClientId(clientId)), form.expected());
        return page(clientId).created(model, issued, clock);
    }

    @PostMapping("/clients/{clientId}/calendar-feed/revoke")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String revoke(@PathVariable UUID clientId, @ModelAttribute FeedForm form, RedirectAttributes redirect) {
        boolean revoked = feeds.revoke(new FeedOwner.OfClient(new ClientId(clientId)), form.expected());
        redirect.addFlashAttribute("notice", revoked ? "calendar.revoked" : "calendar.alreadyRevoked");
        return "redirect:/clients/" + clientId + "/calendar-feed";
    }

    /** Called after the service's chart-access check, so naming the client here shows nothing new. */
    private FeedPage page(UUID clientId) {
        ClientSummary client = registry.find(new ClientId(clientId))
                .orElseThrow(() -> new NotFoundException("There is no client with id " + clientId + "."));
        return new FeedPage("/clients/" + clientId + "/calendar-feed", "client", client.displayName() + " ("
                + client.recordNumber() + ")", "/clients/" + clientId, "calendar.back.chart", true);
    }
}
