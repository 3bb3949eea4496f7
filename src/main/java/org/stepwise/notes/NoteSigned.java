package org.stepwise.notes;

import java.time.Instant;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * A note was signed: by its author (status {@code SIGNED}, or {@code AWAITING_COSIGNATURE} when the author's
 * credential needs a supervisor) or by the co-signer (status {@code SIGNED}).
 */
public record NoteSigned(NoteId note, ClientId client, EpisodeId episode, NoteKind kind, NoteStatus status,
        StaffId signer, NoteSignature.Capacity capacity, Instant signedAt, boolean lateEntry, String contentHash) {}
