package org.stepwise.scheduling.planning.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.planning.PlanPublisher;
import org.stepwise.scheduling.planning.RunView;
import org.stepwise.scheduling.planning.WeekPlanning;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.InvalidRequestException;

/** The optimizer over the API: start a run, follow it, accept or discard its plan. */
@RestController
@RequestMapping("/api/v1/schedule")
class PlanningApi {

    record StartRequest(@Nullable String siteId) {}

    record Decision(@Nullable Integer version) {}

    private final WeekPlanning planning;
    private final PlanPublisher publisher;
    private final CurrentUser currentUser;

    PlanningApi(WeekPlanning planning, PlanPublisher publisher, CurrentUser currentUser) {
        this.planning = planning;
        this.publisher = publisher;
        this.currentUser = currentUser;
    }

    @PostMapping("/weeks/{week}/runs")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    ResponseEntity<RunView> start(@PathVariable String week, @RequestBody(required = false) @Nullable StartRequest body) {
        IsoWeek isoWeek = Weeks.parse(week);
        UUID id = planning.start(isoWeek, Weeks.site(body == null ? null : body.siteId()),
                currentUser.require().username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", "/api/v1/schedule/runs/" + id)
                .body(planning.view(id));
    }

    @GetMapping("/runs/{id}")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    RunView run(@PathVariable UUID id) {
        return planning.view(id);
    }

    @PostMapping("/runs/{id}/accept")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    RunView accept(@PathVariable UUID id, @RequestBody Decision decision) {
        publisher.accept(id, version(decision), currentUser.require().username());
        return planning.view(id);
    }

    @PostMapping("/runs/{id}/discard")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    RunView discard(@PathVariable UUID id, @RequestBody Decision decision) {
        publisher.discard(id, version(decision), currentUser.require().username());
        return planning.view(id);
    }

    private static int version(Decision decision) {
        if (decision.version() == null) {
            throw InvalidRequestException.forField("version", "Send the run's version, as read, to accept or discard it.");
        }
        return decision.version();
    }
}
