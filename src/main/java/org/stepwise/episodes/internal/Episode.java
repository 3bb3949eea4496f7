package org.stepwise.episodes.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.TrackId;

/**
 * An episode of care: a client's stay in a program's track, from admission (or the waitlist) to its end. It owns its
 * status; each move is a method with a guard that refuses an illegal move naming the current state, and records a
 * {@link StatusChange}. Other modules refer to it by {@link EpisodeId}. Persisted by {@link EpisodeStore}.
 */
public final class Episode {

    private final EpisodeId id;
    private final ClientId client;
    private final ProgramId program;
    private final TrackId track;
    private final @Nullable UUID referral;
    private @Nullable EpisodeId previous;
    private AdmissionTerms terms;
    private EpisodeStatus status;
    private final int version;
    private final List<StatusChange> pending = new ArrayList<>();

    Episode(EpisodeId id, ClientId client, ProgramId program, TrackId track, @Nullable UUID referral,
            AdmissionTerms terms, EpisodeStatus status, int version) {
        this.id = id;
        this.client = client;
        this.program = program;
        this.track = track;
        this.referral = referral;
        this.terms = terms;
        this.status = status;
        this.version = version;
    }

    /** Opens an episode in treatment from the admission date. */
    public static Episode admit(EpisodeId id, ClientId client, ProgramId program, TrackId track, @Nullable UUID referral,
            AdmissionTerms terms, String by, Instant at, String reason) {
        Episode episode = new Episode(id, client, program, track, referral, terms, EpisodeStatus.ADMITTED, 0);
        episode.pending.add(new StatusChange(null, EpisodeStatus.ADMITTED, by, at, reason));
        return episode;
    }

    /** Opens an episode waiting for a place on a full track. */
    public static Episode waitlist(EpisodeId id, ClientId client, ProgramId program, TrackId track,
            @Nullable UUID referral, AdmissionTerms terms, String by, Instant at, String reason) {
        Episode episode = new Episode(id, client, program, track, referral, terms, EpisodeStatus.WAITLISTED, 0);
        episode.pending.add(new StatusChange(null, EpisodeStatus.WAITLISTED, by, at, reason));
        return episode;
    }

    /**
     * A place came free: the waiting client starts on {@code startsOn}, keeping the planned length.
     *
     * @throws IllegalEpisodeMove unless the episode is waitlisted
     */
    public void admitFromWaitlist(LocalDate startsOn, String by, Instant at, String reason) {
        require(EpisodeStatus.WAITLISTED, "admit from the waitlist");
        terms = new AdmissionTerms(startsOn, terms.plannedLengthDays(), startsOn.plusDays(terms.plannedLengthDays()),
                terms.weeklyHours(), terms.levelOfCare(), terms.diagnoses(), terms.payer(), terms.certification(),
                List.of());
        move(EpisodeStatus.ADMITTED, by, at, reason);
    }

    /**
     * Issue 7: treatment ended on {@code dischargedOn}. The checks of what a discharge must name are
     * {@link DischargeRules}'s; this guards the move itself.
     *
     * @throws IllegalEpisodeMove unless the episode is admitted
     */
    public void discharge(String by, Instant at, String reason) {
        require(EpisodeStatus.ADMITTED, "discharge");
        move(EpisodeStatus.DISCHARGED, by, at, reason);
    }

    /** Issue 7: this episode is a readmission after {@code earlier}, the client's most recent ended episode. */
    public void follows(EpisodeId earlier) {
        if (earlier.equals(id)) {
            throw new IllegalArgumentException("an episode cannot follow itself");
        }
        previous = earlier;
    }

    /** The client's episode before this one (a readmission), if any. */
    public @Nullable EpisodeId previous() {
        return previous;
    }

    /**
     * Takes a client off the waitlist, or withdraws an admission recorded in error.
     *
     * @throws IllegalEpisodeMove when the episode has already ended (discharged or cancelled)
     */
    public void cancel(String by, Instant at, String reason) {
        if (!status.isCurrent()) {
            throw new IllegalEpisodeMove("This episode is " + status.label().toLowerCase() + ": only a waitlisted or "
                    + "admitted episode can be cancelled.");
        }
        move(EpisodeStatus.CANCELLED, by, at, reason);
    }

    private void require(EpisodeStatus expected, String what) {
        if (status != expected) {
            throw new IllegalEpisodeMove("Cannot " + what + ": this episode is " + status.label().toLowerCase()
                    + ", not " + expected.label().toLowerCase() + ".");
        }
    }

    private void move(EpisodeStatus to, String by, Instant at, String reason) {
        pending.add(new StatusChange(status, to, by, at, reason));
        status = to;
    }

    public EpisodeId id() {
        return id;
    }

    public ClientId client() {
        return client;
    }

    public ProgramId program() {
        return program;
    }

    public TrackId track() {
        return track;
    }

    public @Nullable UUID referral() {
        return referral;
    }

    public AdmissionTerms terms() {
        return terms;
    }

    public EpisodeStatus status() {
        return status;
    }

    /** The version this episode was loaded at; saving checks that nobody saved since. */
    public int version() {
        return version;
    }

    /** The status moves made since the episode was loaded, oldest first, for the store to append. */
    List<StatusChange> pendingChanges() {
        return List.copyOf(pending);
    }
}
