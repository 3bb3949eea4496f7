package org.stepwise.episodes;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a clinician or director decides at discharge. Every field is checked by {@link Discharges#discharge}; a null
 * is reported as missing, never guessed.
 *
 * @param type how the episode ended
 * @param dischargedOn the last day of treatment: not before admission, not after today
 * @param reason why, in a sentence or two (3 to 1,000 characters)
 * @param levelAtDischarge the level of care the client goes on to, in the continuum's numbering ({@code 0.5}, {@code 1},
 *     {@code 2.5}, {@code 3.5}, ...); required for a step up or down
 * @param destination the provider or program taking over; required for a transfer
 * @param version the episode's version the user read; a later change by someone else is a conflict
 */
public record DischargeRequest(@Nullable DischargeType type, @Nullable LocalDate dischargedOn, @Nullable String reason,
        @Nullable String levelAtDischarge, @Nullable String destination, @Nullable Integer version) {}
