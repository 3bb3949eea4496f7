package org.stepwise.scheduling.calendar.web;

import java.time.Clock;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stepwise.scheduling.calendar.CalendarFeeds;
import org.stepwise.scheduling.calendar.LiveFeed;

/**
 * The model of the two feed templates, which serve a client's chart, one's own account and the administrator's staff
 * page alike.
 *
 * @param action where the forms post: {@code action} makes a feed, {@code action/revoke} revokes it
 * @param kind {@code client}, {@code own} or {@code staff}: which explanations the page shows
 */
record FeedPage(String action, String kind, String heading, String back, String backLabelKey, boolean canCreate) {

    static final String PANEL = "scheduling/calendar/panel";
    static final String CREATED = "scheduling/calendar/created";

    String panel(Model model, Optional<LiveFeed> live, Clock clock, boolean htmx) {
        fill(model, clock);
        model.addAttribute("feed", live.orElse(null));
        model.addAttribute("current", live.map(f -> f.createdAt().toString()).orElse(FeedForm.NONE));
        return htmx ? PANEL + " :: content" : PANEL;
    }

    String created(Model model, CalendarFeeds.Issued issued, Clock clock) {
        fill(model, clock);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{token}.ics").buildAndExpand(issued.token()).toUriString();
        model.addAttribute("url", url);
        model.addAttribute("webcal", url.replaceFirst("^https?:", "webcal:"));
        model.addAttribute("feed", issued.feed());
        return CREATED;
    }

    private void fill(Model model, Clock clock) {
        model.addAttribute("page", this);
        model.addAttribute("zone", clock.getZone());
    }
}
