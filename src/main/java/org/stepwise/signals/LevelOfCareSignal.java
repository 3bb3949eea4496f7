package org.stepwise.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.signals.rules.Evidence;
import org.stepwise.signals.rules.RaisedSignal;

/**
 * A stored signal: what raised it (kind, evidence), where it stands, and what was done about it.
 *
 * @param topic the instrument for score signals ({@code phq9}); "" otherwise
 * @param closedAt when it left OPEN (acted on, dismissed or resolved)
 * @param version moves on every change (new evidence, an action, resolution): an action must name the version read
 * @param action what was done, for an ACTED or DISMISSED signal
 * @param closeNote issue 7: why it was closed without an action ("closed at discharge"), or null
 */
public record LevelOfCareSignal(UUID id, ClientId client, EpisodeId episode, SignalKind kind, String topic,
        SignalStatus status, String summary, List<Evidence.Fact> evidence, String fingerprint, Instant raisedAt,
        @Nullable Instant closedAt, int version, @Nullable Action action, @Nullable String closeNote) {

    public LevelOfCareSignal {
        evidence = List.copyOf(evidence);
    }

    public SignalDirection direction() {
        return kind.direction();
    }

    /** The key of its kind and topic, as {@link RaisedSignal#key()} gives it for a signal raised now. */
    public String key() {
        return RaisedSignal.key(kind, topic);
    }

    public boolean isOpen() {
        return status == SignalStatus.OPEN;
    }

    /** What a person did about the signal. */
    public record Action(SignalActionKind kind, String reason, @Nullable LocalDate targetDate,
            @Nullable Integer extendDays, String by, Instant at) {}
}
