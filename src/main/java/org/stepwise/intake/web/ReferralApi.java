package org.stepwise.intake.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.intake.internal.ReferralManagement;
import org.stepwise.intake.placement.FieldErrors;
import org.stepwise.intake.referral.Referral;
import org.stepwise.intake.referral.ReferralDetails;
import org.stepwise.intake.referral.ReferralDraft;
import org.stepwise.intake.referral.ReferralStatus;
import org.stepwise.intake.referral.ReferralTimings;
import org.stepwise.intake.referral.StatusChange;
import org.stepwise.shared.InvalidRequestException;
import tools.jackson.databind.JsonNode;

/** The referrals API (permission INTAKE); see docs/api/referrals.md. */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralApi {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final ReferralManagement referrals;

    ReferralApi(ReferralManagement referrals) {
        this.referrals = referrals;
    }

    /** {@code POST} body: every field as JSON, read strictly so that a wrong type names its field. */
    record ReferralRequest(@Nullable JsonNode id, @Nullable JsonNode source, @Nullable JsonNode referrerName,
            @Nullable JsonNode referrerOrganisation, @Nullable JsonNode referrerPhone, @Nullable JsonNode referrerEmail,
            @Nullable JsonNode givenName, @Nullable JsonNode familyName, @Nullable JsonNode dateOfBirth,
            @Nullable JsonNode phone, @Nullable JsonNode clientId, @Nullable JsonNode reason, @Nullable JsonNode urgency,
            @Nullable JsonNode payerName, @Nullable JsonNode memberId, @Nullable JsonNode programId,
            @Nullable JsonNode receivedAt) {}

    record MoveRequest(@Nullable JsonNode to, @Nullable JsonNode reason, @Nullable JsonNode version) {}

    record Contact(@Nullable String name, @Nullable String organisation, @Nullable String phone, @Nullable String email) {}

    record Person(String givenName, String familyName, @Nullable LocalDate dateOfBirth, @Nullable String phone) {}

    record Insurance(@Nullable String payerName, @Nullable String memberId) {}

    record Timings(@Nullable Double hoursToFirstContact, @Nullable Double hoursToDecision,
            @Nullable Double hoursToAdmission) {}

    record Move(String from, String to, @Nullable String reason, String by, Instant at) {}

    record ReferralJson(String id, String status, int version, String source, Contact referrer, Person person,
            @Nullable String clientId, String reason, String urgency, Insurance insurance, @Nullable String programId,
            Instant receivedAt, Instant statusChangedAt, List<String> allowedMoves, @Nullable Timings timings,
            @Nullable List<Move> history) {

        static ReferralJson of(Referral r, @Nullable List<StatusChange> history) {
            ReferralDetails d = r.details();
            Timings timings = null;
            if (history != null) {
                ReferralTimings t = ReferralTimings.of(d.receivedAt(), history);
                timings = new Timings(hours(t.toFirstContact()), hours(t.toDecision()), hours(t.toAdmission()));
            }
            return new ReferralJson(r.id().toString(), r.status().name(), r.version(), d.source().name(),
                    new Contact(d.referrerName(), d.referrerOrganisation(), d.referrerPhone(), d.referrerEmail()),
                    new Person(d.givenName(), d.familyName(), d.dateOfBirth(), d.phone()),
                    r.client() == null ? null : r.client().toString(), d.reason(), d.urgency().name(),
                    new Insurance(d.payerName(), d.memberId()),
                    d.programId() == null ? null : d.programId().toString(), d.receivedAt(), r.statusChangedAt(),
                    r.status().nextByHand().stream().map(Enum::name).toList(),
                    timings, history == null ? null : history.stream()
                            .map(h -> new Move(h.from().name(), h.to().name(), h.reason(), h.by(), h.at())).toList());
        }

        private static @Nullable Double hours(java.time.@Nullable Duration duration) {
            return duration == null ? null : Math.round(duration.toMinutes() / 6.0) / 10.0;
        }
    }

    record ReferralList(List<ReferralJson> referrals) {}

    @PostMapping
    @PreAuthorize("hasAuthority('INTAKE')")
    ResponseEntity<ReferralJson> receive(@RequestBody ReferralRequest body) {
        FieldErrors errors = new FieldErrors();
        String id = text(body.id(), "id", errors);
        UUID referralId = null;
        if (id != null) {
            try {
                referralId = id.length() == 36 ? UUID.fromString(id) : null;
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (referralId == null) {
                errors.add("id", "\"id\" must be a UUID chosen by the caller, or left out.");
            }
        }
        ReferralDraft draft = new ReferralDraft(text(body.source(), "source", errors),
                text(body.referrerName(), "referrerName", errors),
                text(body.referrerOrganisation(), "referrerOrganisation", errors),
                text(body.referrerPhone(), "referrerPhone", errors), text(body.referrerEmail(), "referrerEmail", errors),
                text(body.givenName(), "givenName", errors), text(body.familyName(), "familyName", errors),
                text(body.dateOfBirth(), "dateOfBirth", errors), text(body.phone(), "phone", errors),
                text(body.clientId(), "clientId", errors), text(body.reason(), "reason", errors),
                text(body.urgency(), "urgency", errors), text(body.payerName(), "payerName", errors),
                text(body.memberId(), "memberId", errors), text(body.programId(), "programId", errors),
                text(body.receivedAt(), "receivedAt", errors));
        errors.throwIfAny();
        ReferralManagement.Received received = referrals.receive(referralId, draft);
        Referral referral = received.referral();
        return ResponseEntity.status(received.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/referrals/" + referral.id()))
                .body(ReferralJson.of(referral, referrals.history(referral.id())));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('INTAKE')")
    ReferralList list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable Integer limit) {
        ReferralStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ReferralStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.forField("status", "Use one of "
                        + java.util.Arrays.toString(ReferralStatus.values()) + ", or leave status out for every status.");
            }
        }
        int max = limit == null ? DEFAULT_LIMIT : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw InvalidRequestException.forField("limit", "Ask for 1 to " + MAX_LIMIT + " referrals.");
        }
        return new ReferralList(referrals.list(wanted, max).stream().map(r -> ReferralJson.of(r, null)).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('INTAKE')")
    ReferralJson get(@PathVariable UUID id) {
        ReferralManagement.ReferralView view = referrals.open(id);
        return ReferralJson.of(view.referral(), view.history());
    }

    @PostMapping("/{id}/moves")
    @PreAuthorize("hasAuthority('INTAKE')")
    ReferralJson move(@PathVariable UUID id, @RequestBody MoveRequest body) {
        FieldErrors errors = new FieldErrors();
        String to = text(body.to(), "to", errors);
        ReferralStatus status = null;
        if (to == null) {
            errors.add("to", "Say where the referral moves to, e.g. \"FIRST_CONTACT\".");
        } else {
            try {
                status = ReferralStatus.valueOf(to.strip());
            } catch (IllegalArgumentException e) {
                errors.add("to", "\"to\" must be one of " + java.util.Arrays.toString(ReferralStatus.values()) + ".");
            }
        }
        String reason = text(body.reason(), "reason", errors);
        Integer version = null;
        JsonNode v = body.version();
        if (v == null || v.isNull()) {
            errors.add("version", "Send the version you loaded (from GET /api/v1/referrals/" + id + "), so that a "
                    + "concurrent change is not overwritten.");
        } else if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
            errors.add("version", "\"version\" must be a whole number: the version you loaded.");
        } else {
            version = v.intValue();
        }
        errors.throwIfAny();
        referrals.move(id, java.util.Objects.requireNonNull(status), reason, java.util.Objects.requireNonNull(version));
        return ReferralJson.of(referrals.current(id), referrals.history(id));
    }

    private static @Nullable String text(@Nullable JsonNode node, String field, FieldErrors errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            errors.add(field, "\"" + field + "\" must be text.");
            return null;
        }
        return node.asString();
    }
}
