package org.stepwise.staff.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.SiteOverview;

/** {@code GET /api/v1/organisation}: sites with their programs, tracks and rooms, for any signed-in integration. */
@RestController
class OrganisationApi {

    private final Organisation organisation;

    OrganisationApi(Organisation organisation) {
        this.organisation = organisation;
    }

    record OrganisationView(List<SiteView> sites) {}

    record SiteView(UUID id, String name, @Nullable String address, String timeZone, String crisisLine, int version,
            List<ProgramView> programs, List<RoomView> rooms, List<String> crisisLines) {}

    record ProgramView(UUID id, String name, String kind, BigDecimal defaultWeeklyHours, int defaultLengthOfStayDays,
            int planReviewDays, int version, List<TrackView> tracks, List<Integer> followUpDays) {}

    record TrackView(UUID id, String name, String period, int capacity, int version) {}

    record RoomView(UUID id, String name, int capacity, int version) {}

    @GetMapping("/api/v1/organisation")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    OrganisationView organisation() {
        return new OrganisationView(organisation.overview().stream().map(OrganisationApi::site).toList());
    }

    private static SiteView site(SiteOverview entry) {
        var site = entry.site();
        return new SiteView(site.id().value(), site.name(), site.address(), site.timeZone(), site.crisisLine(),
                site.version(),
                entry.programs().stream().map(p -> new ProgramView(p.program().id().value(), p.program().name(),
                        p.program().kind().name(), p.program().weeklyHours(), p.program().lengthOfStayDays(),
                        p.program().planReviewDays(), p.program().version(),
                        p.tracks().stream().map(t -> new TrackView(t.id().value(), t.name(), t.period().name(),
                                t.capacity(), t.version())).toList(), p.program().followUpDays())).toList(),
                entry.rooms().stream().map(r -> new RoomView(r.id().value(), r.name(), r.capacity(), r.version()))
                        .toList(), site.crisisLines());
    }
}
