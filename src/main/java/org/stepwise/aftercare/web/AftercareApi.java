package org.stepwise.aftercare.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.stepwise.aftercare.AftercareConflictException;
import org.stepwise.aftercare.AftercareContent;
import org.stepwise.aftercare.AftercareEpisode;
import org.stepwise.aftercare.AftercarePlan;
import org.stepwise.aftercare.AftercarePlans;
import org.stepwise.aftercare.AftercareReferrals;
import org.stepwise.aftercare.AftercareSharing;
import org.stepwise.aftercare.AftercareVersion;
import org.stepwise.aftercare.Handout;
import org.stepwise.aftercare.ReferralOut;
import org.stepwise.aftercare.ReferralRefusedException;
import org.stepwise.aftercare.rules.AftercareRules;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * An episode's aftercare plan as JSON: read, save under the lock (409 with the plan as it is), review with the client,
 * share a copy (the client, or a support person under a consent) and refer the client on (only what a consent allows).
 */
@RestController
@RequestMapping("/api/v1/episodes/{episodeId}/aftercare-plan")
class AftercareApi {

    private final AftercarePlans plans;
    private final AftercareSharing sharing;
    private final AftercareReferrals referrals;

    AftercareApi(AftercarePlans plans, AftercareSharing sharing, AftercareReferrals referrals) {
        this.plans = plans;
        this.sharing = sharing;
        this.referrals = referrals;
    }

    record GroupJson(@Nullable String name, @Nullable String when, @Nullable String where) {}

    record ReferralJson(@Nullable String kind, @Nullable String agency, @Nullable String contact,
            @Nullable String status) {}

    /** A save: the plan's lock version read (required once the plan exists) and the plan's fields. */
    record PlanBody(@Nullable Integer version, @Nullable String nextLevel, @Nullable String providerName,
            @Nullable String providerPhone, @Nullable String providerAddress, @Nullable String firstAppointment,
            @Nullable List<GroupJson> supportGroups, @Nullable String alumniGroup, @Nullable String alumniDay,
            @Nullable String alumniTime, @Nullable String prescriber, @Nullable String medicationsContinued,
            @Nullable String refillPlan, @Nullable List<ReferralJson> referrals, @Nullable String crisisNotes) {}

    record ReviewBody(@Nullable Integer versionNumber, @Nullable String reviewedOn) {}

    record ShareBody(@Nullable String recipient, @Nullable UUID supportPersonId, @Nullable Integer versionNumber,
            @Nullable String givenOn) {}

    record ReferralBody(@Nullable String recipientName, @Nullable String sentOn) {}

    record VersionJson(int number, AftercareContent content, @Nullable String safetyPlan, String contentHash,
            Instant updatedAt, String updatedBy, @Nullable LocalDate reviewedWithClientOn,
            @Nullable String reviewedBy) {}

    record PlanJson(String id, String episodeId, String clientId, int version, boolean part2,
            List<String> crisisLines, List<VersionJson> versions, List<Handout> handouts,
            List<ReferralOut> referrals) {}

    record ReferralResult(ReferralOut referral, String packet) {}

    @ExceptionHandler(AftercareConflictException.class)
    ResponseEntity<ProblemDetail> conflict(AftercareConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setProperties(Map.of("current", json(e.current(), List.of())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ReferralRefusedException.class)
    ResponseEntity<ProblemDetail> refused(ReferralRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Nothing sent");
        problem.setProperties(Map.of("leftOut", e.leftOut()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    PlanJson get(@PathVariable UUID episodeId) {
        EpisodeId id = new EpisodeId(episodeId);
        AftercareEpisode episode = plans.episode(id);
        return json(plans.view(id).orElseThrow(() -> new NotFoundException("This episode has no aftercare plan yet.")),
                episode.crisisLines());
    }

    @PutMapping
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'FOLLOW_UP')")
    PlanJson save(@PathVariable UUID episodeId, @RequestBody PlanBody body) {
        EpisodeId id = new EpisodeId(episodeId);
        AftercareRules.Read read = AftercareRules.read(form(body));
        if (read.content() == null) {
            throw new InvalidRequestException("The aftercare plan is not saved: " + String.join(" ",
                    read.errors().values()), read.errors());
        }
        AftercarePlan plan = plans.save(id, body.version(), read.content()).plan();
        return json(plan, plans.episode(id).crisisLines());
    }

    @PostMapping("/review")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'FOLLOW_UP')")
    PlanJson review(@PathVariable UUID episodeId, @RequestBody ReviewBody body) {
        EpisodeId id = new EpisodeId(episodeId);
        AftercarePlan plan = plans.review(id, body.versionNumber(), body.reviewedOn());
        return json(plan, plans.episode(id).crisisLines());
    }

    @PostMapping("/share")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'FOLLOW_UP')")
    Handout share(@PathVariable UUID episodeId, @RequestBody ShareBody body) {
        return sharing.share(new EpisodeId(episodeId), body.recipient(), body.supportPersonId(), body.versionNumber(),
                body.givenOn());
    }

    @PostMapping("/referral")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'FOLLOW_UP')")
    ReferralResult refer(@PathVariable UUID episodeId, @RequestBody ReferralBody body) {
        ReferralOut referral = referrals.refer(new EpisodeId(episodeId), body.recipientName(), body.sentOn());
        return new ReferralResult(referral, "/episodes/" + episodeId + "/aftercare-plan/referrals/" + referral.id()
                + "/pdf");
    }

    /** The body as the form's fields, so that the page and the API are read by the one rule. */
    private static Map<String, String> form(PlanBody b) {
        Map<String, String> form = new LinkedHashMap<>();
        put(form, "nextLevel", b.nextLevel());
        put(form, "providerName", b.providerName());
        put(form, "providerPhone", b.providerPhone());
        put(form, "providerAddress", b.providerAddress());
        put(form, "firstAppointment", b.firstAppointment());
        List<GroupJson> groups = b.supportGroups() == null ? List.of() : b.supportGroups();
        for (int i = 0; i < groups.size(); i++) {
            GroupJson g = groups.get(i) == null ? new GroupJson(null, null, null) : groups.get(i);
            put(form, "groups[" + i + "].name", g.name());
            put(form, "groups[" + i + "].when", g.when());
            put(form, "groups[" + i + "].where", g.where());
        }
        put(form, "alumniGroup", b.alumniGroup());
        put(form, "alumniDay", b.alumniDay());
        put(form, "alumniTime", b.alumniTime());
        put(form, "prescriber", b.prescriber());
        put(form, "medicationsContinued", b.medicationsContinued());
        put(form, "refillPlan", b.refillPlan());
        List<ReferralJson> list = b.referrals() == null ? List.of() : b.referrals();
        for (int i = 0; i < list.size(); i++) {
            ReferralJson r = list.get(i) == null ? new ReferralJson(null, null, null, null) : list.get(i);
            put(form, "referrals[" + i + "].kind", r.kind());
            put(form, "referrals[" + i + "].agency", r.agency());
            put(form, "referrals[" + i + "].contact", r.contact());
            put(form, "referrals[" + i + "].status", r.status());
        }
        put(form, "crisisNotes", b.crisisNotes());
        return form;
    }

    private static void put(Map<String, String> form, String key, @Nullable String value) {
        if (value != null) {
            form.put(key, value);
        }
    }

    private static PlanJson json(AftercarePlan plan, List<String> crisisLines) {
        return new PlanJson(plan.id().toString(), plan.episode().toString(), plan.client().toString(),
                plan.lockVersion(), plan.part2(), crisisLines, plan.versions().stream().map(AftercareApi::json).toList(),
                plan.handouts(), plan.referrals());
    }

    private static VersionJson json(AftercareVersion v) {
        return new VersionJson(v.number(), v.content(), AftercarePlans.safetyPlan(v.content()), v.contentHash(),
                v.updatedAt(), v.updatedByName(), v.reviewedOn(), v.reviewedByName());
    }
}
