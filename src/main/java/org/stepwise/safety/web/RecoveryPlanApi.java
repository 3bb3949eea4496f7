package org.stepwise.safety.web;

import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.safety.NewPlanSignature;
import org.stepwise.safety.RecoveryPlan;
import org.stepwise.safety.RecoveryPlanConflictException;
import org.stepwise.safety.RecoveryPlanKind;
import org.stepwise.safety.RecoveryPlanVersion;
import org.stepwise.safety.RecoveryPlans;
import org.stepwise.safety.rules.RecoveryPlanRules;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * Safety plans and relapse prevention plans as JSON: read, save under the lock (409 with the plan as it is), sign. The
 * two kinds answer the same under their own paths: {@link SafetyPlanApi} and {@link RelapsePlanApi} only name them.
 */
@RestController
abstract class RecoveryPlanApi {

    private final RecoveryPlanKind kind;
    private final RecoveryPlans plans;
    private final Clock clock;

    RecoveryPlanApi(RecoveryPlanKind kind, RecoveryPlans plans, Clock clock) {
        this.kind = kind;
        this.plans = plans;
        this.clock = clock;
    }

    @RestController
    @RequestMapping("/api/v1/clients/{clientId}/safety-plan")
    static class SafetyPlanApi extends RecoveryPlanApi {

        SafetyPlanApi(RecoveryPlans plans, Clock clock) {
            super(RecoveryPlanKind.SAFETY, plans, clock);
        }
    }

    @RestController
    @RequestMapping("/api/v1/clients/{clientId}/relapse-plan")
    static class RelapsePlanApi extends RecoveryPlanApi {

        RelapsePlanApi(RecoveryPlans plans, Clock clock) {
            super(RecoveryPlanKind.RELAPSE_PREVENTION, plans, clock);
        }
    }

    record SignatureJson(String role, String signerName, LocalDate signedOn, String recordedBy, Instant recordedAt,
            String contentHash) {}

    record VersionJson(int number, String status, boolean inEffect, Map<String, String> sections,
            @Nullable LocalDate reviewOn, String contentHash, Instant updatedAt, String updatedBy,
            List<SignatureJson> signatures) {}

    record PlanJson(String id, String clientId, String kind, int version, boolean part2, List<String> crisisLines,
            List<VersionJson> versions) {}

    /** A save: the plan's lock version read (required once the plan exists), the sections, the review date. */
    record PlanBody(@Nullable Integer version, @Nullable Map<String, String> sections, @Nullable String reviewOn) {}

    record SignatureBody(@Nullable String role, @Nullable Integer versionNumber, @Nullable String contentHash,
            @Nullable String signerName, @Nullable String signedOn) {}

    @ExceptionHandler(RecoveryPlanConflictException.class)
    ResponseEntity<ProblemDetail> conflict(RecoveryPlanConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setProperties(Map.of("current", json(e.current(), List.of())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    PlanJson get(@PathVariable UUID clientId) {
        ClientId client = new ClientId(clientId);
        RecoveryPlan plan = plans.view(client, kind).orElseThrow(() -> new NotFoundException("This client has no "
                + kind.label().toLowerCase(java.util.Locale.ROOT) + " yet."));
        return json(plan, plans.crisisLines(client));
    }

    @PutMapping
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    PlanJson save(@PathVariable UUID clientId, @RequestBody PlanBody body) {
        ClientId client = new ClientId(clientId);
        RecoveryPlanRules.Read read = RecoveryPlanRules.read(kind, body.sections() == null ? Map.of() : body.sections(),
                body.reviewOn(), LocalDate.now(clock));
        if (read.content() == null) {
            throw new InvalidRequestException(String.join(" ", read.errors().values()), read.errors());
        }
        return json(plans.save(client, kind, body.version(), read.content()).plan(), plans.crisisLines(client));
    }

    @PostMapping("/signatures")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    PlanJson sign(@PathVariable UUID clientId, @RequestBody SignatureBody body) {
        ClientId client = new ClientId(clientId);
        return json(plans.sign(client, kind, new NewPlanSignature(body.role(), body.versionNumber(),
                body.contentHash(), body.signerName(), body.signedOn())), plans.crisisLines(client));
    }

    private static PlanJson json(RecoveryPlan plan, List<String> crisisLines) {
        return new PlanJson(plan.id().toString(), plan.client().toString(), plan.kind().path(), plan.lockVersion(),
                plan.part2(), crisisLines, plan.versions().stream().map(RecoveryPlanApi::json).toList());
    }

    private static VersionJson json(RecoveryPlanVersion v) {
        return new VersionJson(v.number(), v.status().name(), v.inEffect(), v.content().sections(),
                v.content().reviewOn(), v.contentHash(), v.updatedAt(), v.updatedByName(),
                v.signatures().stream().map(s -> new SignatureJson(s.role().name(), s.signerName(), s.signedOn(),
                        s.staffName(), s.recordedAt(), s.contentHash())).toList());
    }
}
