package org.stepwise.scheduling;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A kind of session: group therapy, a skills group, individual therapy… Its cap is the default for the sessions of
 * that type (groups 12 by default; individual, family and medication management always 1).
 *
 * @param countedHours what attending a session of this type in full counts toward the weekly hours
 * @param billingCode filled by billing later (e.g. 90853); null until then
 */
public record SessionType(UUID id, String code, String name, SessionCategory category, int minutes,
        boolean countsTowardHours, BigDecimal countedHours, Modality modality, @Nullable String billingCode, int cap,
        boolean active, int version) {}
