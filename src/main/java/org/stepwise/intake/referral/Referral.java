package org.stepwise.intake.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.intake.placement.FieldErrors;
import org.stepwise.intake.placement.PlainText;
import org.stepwise.shared.ClientId;

/**
 * A referral and its place in the intake pipeline. Each move is a method guarded by the current status: an illegal
 * move throws {@link IllegalReferralMoveException} naming the status, and a move to an outcome needs a reason. Every
 * move is kept as a {@link StatusChange} for the store to append to the history; {@code version} is the optimistic
 * lock the store checks.
 */
public final class Referral {

    private final UUID id;
    private final ReferralDetails details;
    private @Nullable ClientId client;
    private ReferralStatus status;
    private Instant statusChangedAt;
    private final Instant createdAt;
    private final String createdBy;
    private final int version;
    private final List<StatusChange> newChanges = new ArrayList<>();
    private boolean clientChanged;

    public Referral(UUID id, ReferralDetails details, @Nullable ClientId client, ReferralStatus status,
            Instant statusChangedAt, Instant createdAt, String createdBy, int version) {
        this.id = id;
        this.details = details;
        this.client = client;
        this.status = status;
        this.statusChangedAt = statusChangedAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.version = version;
    }

    /** A referral just received: status NEW. */
    public static Referral receive(UUID id, ReferralDetails details, String by, Instant now) {
        ClientId client = details.clientId() == null ? null : new ClientId(details.clientId());
        return new Referral(id, details, client, ReferralStatus.NEW, details.receivedAt(), now, by, 0);
    }

    // ----- the moves

    /** Someone from the clinic reached the person (or the referrer) for the first time. */
    public StatusChange recordFirstContact(@Nullable String note, String by, Instant at) {
        return move(ReferralStatus.FIRST_CONTACT, note, by, at);
    }

    public StatusChange startScreening(@Nullable String note, String by, Instant at) {
        return move(ReferralStatus.SCREENING, note, by, at);
    }

    /** Assessment is about a client: the referral must be linked to one first. */
    public StatusChange startAssessment(@Nullable String note, String by, Instant at) {
        if (needsClientForAssessment()) {
            throw new IllegalReferralMoveException(status, "This referral is " + status + " and not yet linked to a "
                    + "client: create the client from the referral, or link the existing client, before assessment.");
        }
        return move(ReferralStatus.ASSESSMENT, note, by, at);
    }

    public StatusChange readyForDecision(@Nullable String note, String by, Instant at) {
        return move(ReferralStatus.DECISION, note, by, at);
    }

    public StatusChange admit(String reason, String by, Instant at) {
        return move(ReferralStatus.ADMITTED, reason, by, at);
    }

    public StatusChange waitlist(String reason, String by, Instant at) {
        return move(ReferralStatus.WAITLISTED, reason, by, at);
    }

    public StatusChange referElsewhere(String reason, String by, Instant at) {
        return move(ReferralStatus.REFERRED_ELSEWHERE, reason, by, at);
    }

    public StatusChange decline(String reason, String by, Instant at) {
        return move(ReferralStatus.DECLINED, reason, by, at);
    }

    /** The move named by {@code to}, for callers that receive it as data (the API, the board's buttons). */
    public StatusChange moveTo(ReferralStatus to, @Nullable String reason, String by, Instant at) {
        return switch (to) {
            case NEW -> throw new IllegalReferralMoveException(status, to);
            case FIRST_CONTACT -> recordFirstContact(reason, by, at);
            case SCREENING -> startScreening(reason, by, at);
            case ASSESSMENT -> startAssessment(reason, by, at);
            case DECISION -> readyForDecision(reason, by, at);
            case ADMITTED -> admit(Objects.requireNonNullElse(reason, ""), by, at);
            case WAITLISTED -> waitlist(Objects.requireNonNullElse(reason, ""), by, at);
            case REFERRED_ELSEWHERE -> referElsewhere(Objects.requireNonNullElse(reason, ""), by, at);
            case DECLINED -> decline(Objects.requireNonNullElse(reason, ""), by, at);
        };
    }

    /** The moves a person may make now by hand: assessment only once a client is linked. */
    public List<ReferralStatus> movesByHand() {
        return status.nextByHand().stream()
                .filter(to -> to != ReferralStatus.ASSESSMENT || client != null)
                .toList();
    }

    /** The next stage is assessment, but no client is linked yet. */
    public boolean needsClientForAssessment() {
        return status.canMoveTo(ReferralStatus.ASSESSMENT) && client == null;
    }

    /** The client may be admitted (or put on a waitlist) from this referral on the admission page now. */
    public boolean isReadyForAdmission() {
        return client != null && status.canMoveTo(ReferralStatus.ADMITTED);
    }

    /**
     * Links the referral to the client the person is (a new client made from it, or one already registered: a
     * readmission). Only at first contact or screening, before assessment.
     */
    public void linkClient(ClientId client) {
        requireLinkable();
        if (!client.equals(this.client)) {
            this.client = client;
            this.clientChanged = true;
        }
    }

    /** Whether a client may be linked now: at first contact or screening. */
    public boolean canLinkClient() {
        return status == ReferralStatus.FIRST_CONTACT || status == ReferralStatus.SCREENING;
    }

    /** @throws IllegalReferralMoveException unless a client may be linked now */
    public void requireLinkable() {
        if (!canLinkClient()) {
            throw new IllegalReferralMoveException(status, "This referral is " + status + ": a client is linked at "
                    + "first contact or screening only.");
        }
    }

    /**
     * Records the client the admission page admitted or waitlisted, when the referral had none linked: the admission is
     * a fact that happened, whatever the stage.
     */
    public void linkClientFromAdmission(ClientId client) {
        if (this.client == null) {
            this.client = client;
            this.clientChanged = true;
        }
    }

    private StatusChange move(ReferralStatus to, @Nullable String reason, String by, Instant at) {
        if (!status.canMoveTo(to)) {
            throw new IllegalReferralMoveException(status, to);
        }
        String why = ReferralDetails.strip(reason);
        FieldErrors errors = new FieldErrors();
        if (to.isOutcome()) {
            PlainText.problem(why, ReferralDetails.REASON_MAX, "The reason for " + to)
                    .ifPresent(m -> errors.add("reason", m));
        } else if (why != null) {
            PlainText.problem(why, ReferralDetails.REASON_MAX, "The note").ifPresent(m -> errors.add("reason", m));
        }
        errors.throwIfAny();
        Instant when = at.isBefore(statusChangedAt) ? statusChangedAt : at;
        StatusChange change = new StatusChange(status, to, why, by, when);
        status = to;
        statusChangedAt = when;
        newChanges.add(change);
        return change;
    }

    // ----- state

    public UUID id() {
        return id;
    }

    public ReferralDetails details() {
        return details;
    }

    public @Nullable ClientId client() {
        return client;
    }

    public ReferralStatus status() {
        return status;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    /** The version this referral was loaded at; the store saves only if it is still the stored one. */
    public int version() {
        return version;
    }

    /** The moves made since loading, oldest first. */
    public List<StatusChange> newChanges() {
        return List.copyOf(newChanges);
    }

    public boolean clientChanged() {
        return clientChanged;
    }

    public boolean changed() {
        return clientChanged || !newChanges.isEmpty();
    }

    /** The name to show: the referral's own record of the person. */
    public String personName() {
        return details.personName();
    }
}
