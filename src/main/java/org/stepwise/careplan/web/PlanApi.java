package org.stepwise.careplan.web;

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
import org.stepwise.careplan.NewReview;
import org.stepwise.careplan.NewSignature;
import org.stepwise.careplan.PlanConflictException;
import org.stepwise.careplan.PlanReviews;
import org.stepwise.careplan.PlanSignatures;
import org.stepwise.careplan.TreatmentPlans;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.InvalidRequestException;

/** Treatment plans for integrations; see docs/api/careplan.md. */
@RestController
class PlanApi {

    private final TreatmentPlans plans;
    private final PlanSignatures signatures;
    private final PlanReviews reviews;

    PlanApi(TreatmentPlans plans, PlanSignatures signatures, PlanReviews reviews) {
        this.plans = plans;
        this.signatures = signatures;
        this.reviews = reviews;
    }

    /** A plan as PUT: the lock version read, the problems and the services (hours and dates are the episode's). */
    record PlanBody(@Nullable Integer version, @Nullable List<ProblemBody> problems, @Nullable ServicesBody services) {

        PlanForm form() {
            List<PlanForm.ProblemRow> rows = problems == null ? List.of() : problems.stream().map(ProblemBody::row)
                    .toList();
            ServicesBody s = services == null ? new ServicesBody(null, null, null) : services;
            return new PlanForm(version == null ? null : version.toString(), t(s.types()), t(s.amount()),
                    t(s.frequency()), rows);
        }
    }

    record ProblemBody(@Nullable String code, @Nullable String text, @Nullable String goal,
            @Nullable List<ObjectiveBody> objectives, @Nullable List<InterventionBody> interventions) {

        PlanForm.ProblemRow row() {
            return new PlanForm.ProblemRow(t(code), t(text), t(goal), objectives == null ? List.of()
                    : objectives.stream().map(o -> new PlanForm.ObjectiveRow(o.id() == null ? "" : o.id().toString(),
                            t(o.text()), t(o.targetDate()), t(o.progress()), t(o.comment()), false)).toList(),
                    interventions == null ? List.of() : interventions.stream().map(i -> new PlanForm.InterventionRow(
                            t(i.modality()), t(i.frequency()), i.responsibleId() == null ? ""
                                    : i.responsibleId().toString(), t(i.detail()), false)).toList(),
                    false);
        }
    }

    record ObjectiveBody(@Nullable UUID id, @Nullable String text, @Nullable String targetDate,
            @Nullable String progress, @Nullable String comment) {}

    record InterventionBody(@Nullable String modality, @Nullable String frequency, @Nullable UUID responsibleId,
            @Nullable String detail) {}

    record ServicesBody(@Nullable String types, @Nullable String amount, @Nullable String frequency) {}

    record ReviewBody(@Nullable UUID id, @Nullable Integer planVersion, @Nullable String reviewedOn,
            @Nullable String summary, @Nullable List<NewReview.ObjectiveUpdate> progress) {}

    @GetMapping("/api/v1/episodes/{id}/plan")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    PlanJson plan(@PathVariable UUID id) {
        return PlanJson.of(plans.get(new EpisodeId(id)));
    }

    @PutMapping("/api/v1/episodes/{id}/plan")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    ResponseEntity<PlanJson> save(@PathVariable UUID id, @RequestBody PlanBody body) {
        PlanForm form = body.form();
        PlanForm.Read read = form.read();
        if (read.content() == null) {
            throw new InvalidRequestException("The plan could not be read: " + read.errors().values().iterator().next(),
                    read.errors());
        }
        TreatmentPlans.Saved saved = plans.save(new EpisodeId(id), body.version(), read.content());
        return ResponseEntity.ok().header("Plan-Changed", String.valueOf(saved.changed())).body(PlanJson.of(saved.plan()));
    }

    @PostMapping("/api/v1/episodes/{id}/plan/draft")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    ResponseEntity<PlanJson> draft(@PathVariable UUID id) {
        TreatmentPlans.Saved drafted = plans.draft(new EpisodeId(id));
        return ResponseEntity.status(drafted.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PlanJson.of(drafted.plan()));
    }

    @PostMapping("/api/v1/episodes/{id}/plan/signatures")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    PlanJson sign(@PathVariable UUID id, @RequestBody NewSignature body) {
        return PlanJson.of(signatures.sign(new EpisodeId(id), body));
    }

    @PostMapping("/api/v1/episodes/{id}/plan/reviews")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    ResponseEntity<PlanJson> review(@PathVariable UUID id, @RequestBody ReviewBody body) {
        PlanReviews.Reviewed reviewed = reviews.review(new EpisodeId(id), new NewReview(body.id(), body.planVersion(),
                body.reviewedOn(), body.summary(), body.progress() == null ? List.of() : body.progress()));
        return ResponseEntity.status(reviewed.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PlanJson.of(reviewed.plan()));
    }

    @GetMapping("/api/v1/episodes/{id}/plan/versions/{number}")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    PlanJson.VersionJson version(@PathVariable UUID id, @PathVariable int number) {
        return PlanJson.VersionJson.of(plans.get(new EpisodeId(id)).requireVersion(number));
    }

    /** 409 with the plan as it is now under {@code current}, so that the caller can show both and decide. */
    @ExceptionHandler(PlanConflictException.class)
    ResponseEntity<ProblemDetail> conflict(PlanConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setProperties(Map.of("current", PlanJson.of(e.current())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static String t(@Nullable String text) {
        return text == null ? "" : text;
    }
}
