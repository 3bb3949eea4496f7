package org.stepwise.discharge.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.discharge.DischargeSummaries;
import org.stepwise.discharge.DischargeSummary;
import org.stepwise.discharge.DischargeSummaryConflictException;
import org.stepwise.discharge.Discharged;
import org.stepwise.discharge.SummaryFigures;
import org.stepwise.episodes.DischargeRequest;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeView;

/**
 * Discharge and the discharge summary as JSON: discharge (201 the first time, 200 when the same discharge is sent
 * again), read the summary, save its sections under the version (409 with the summary as it is), redraft, sign, PDF.
 */
@RestController
class DischargeApi {

    private final DischargeSummaries summaries;
    private final SummaryPrints prints;

    DischargeApi(DischargeSummaries summaries, SummaryPrints prints) {
        this.summaries = summaries;
        this.prints = prints;
    }

    /** The DischargeRequest's fields; unknown types and dates that do not parse are 400s from the JSON reader. */
    record DischargeBody(@Nullable DischargeType type, @Nullable LocalDate dischargedOn, @Nullable String reason,
            @Nullable String levelAtDischarge, @Nullable String destination, @Nullable Integer version) {}

    record DischargeJson(String type, String typeLabel, LocalDate dischargedOn, String reason,
            @Nullable String levelAtDischarge, @Nullable String destination, String by, Instant at) {}

    record DischargedJson(String episodeId, String clientId, String status, long lengthOfStayDays,
            DischargeJson discharge, String summaryUrl, String summaryPageUrl) {}

    record SummaryJson(String id, String episodeId, String clientId, String status, int version, boolean part2,
            String contentHash, SummaryFigures figures, Map<String, String> sections, String draftedBy,
            Instant draftedAt, String updatedBy, Instant updatedAt, @Nullable String signedBy,
            @Nullable Instant signedAt, String pdfUrl) {}

    record SectionsBody(@Nullable Integer version, @Nullable Map<String, String> sections) {}

    record VersionBody(@Nullable Integer version, @Nullable String contentHash) {}

    @ExceptionHandler(DischargeSummaryConflictException.class)
    ResponseEntity<ProblemDetail> conflict(DischargeSummaryConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setProperties(Map.of("current", json(e.current())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @PostMapping("/api/v1/episodes/{episodeId}/discharge")
    @PreAuthorize("hasAuthority('DISCHARGE')")
    ResponseEntity<DischargedJson> discharge(@PathVariable UUID episodeId, @RequestBody DischargeBody body) {
        EpisodeId id = new EpisodeId(episodeId);
        Discharged done = summaries.discharge(id, new DischargeRequest(body.type(), body.dischargedOn(), body.reason(),
                body.levelAtDischarge(), body.destination(), body.version()));
        EpisodeView episode = done.episode();
        EpisodeView.Discharge d = java.util.Objects.requireNonNull(episode.discharge());
        String api = "/api/v1/episodes/" + episode.id() + "/discharge-summary";
        return ResponseEntity.status(done.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .header("Location", api)
                .body(new DischargedJson(episode.id().toString(), episode.client().toString(),
                        episode.status().name(), java.util.Objects.requireNonNull(episode.lengthOfStayDays()),
                        new DischargeJson(d.type().name(), d.type().label(), d.dischargedOn(), d.reason(),
                                d.levelAtDischarge(), d.destination(), d.by(), d.at()),
                        api, SummaryPages.path(episode.client(), episode.id())));
    }

    @GetMapping("/api/v1/episodes/{episodeId}/discharge-summary")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    SummaryJson get(@PathVariable UUID episodeId) {
        return json(summaries.get(new EpisodeId(episodeId)));
    }

    @PutMapping("/api/v1/episodes/{episodeId}/discharge-summary")
    @PreAuthorize("hasAuthority('DISCHARGE')")
    SummaryJson save(@PathVariable UUID episodeId, @RequestBody SectionsBody body) {
        return json(summaries.save(new EpisodeId(episodeId), body.version(),
                body.sections() == null ? Map.of() : body.sections()));
    }

    @PostMapping("/api/v1/episodes/{episodeId}/discharge-summary/redraft")
    @PreAuthorize("hasAuthority('DISCHARGE')")
    SummaryJson redraft(@PathVariable UUID episodeId, @RequestBody(required = false) @Nullable VersionBody body) {
        return json(summaries.redraft(new EpisodeId(episodeId), body == null ? null : body.version()));
    }

    @PostMapping("/api/v1/episodes/{episodeId}/discharge-summary/sign")
    @PreAuthorize("hasAuthority('DISCHARGE')")
    SummaryJson sign(@PathVariable UUID episodeId, @RequestBody(required = false) @Nullable VersionBody body) {
        return json(summaries.sign(new EpisodeId(episodeId), body == null ? null : body.version(),
                body == null ? null : body.contentHash()));
    }

    @GetMapping("/api/v1/episodes/{episodeId}/discharge-summary/pdf")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    ResponseEntity<byte[]> pdf(@PathVariable UUID episodeId) {
        DischargeSummary summary = summaries.get(new EpisodeId(episodeId));
        return prints.print(summary.client(), summary.episode()).asDownload();
    }

    private static SummaryJson json(DischargeSummary s) {
        SummaryFigures f = s.content().figures();
        return new SummaryJson(s.id().toString(), s.episode().toString(), s.client().toString(), s.status().name(),
                s.version(), s.part2(), s.contentHash(), f, s.content().sections(), s.authorName(), s.draftedAt(),
                s.updatedBy(), s.updatedAt(), s.signedByName(), s.signedAt(), "/api/v1/episodes/" + s.episode() + "/discharge-summary/pdf");
    }
}
