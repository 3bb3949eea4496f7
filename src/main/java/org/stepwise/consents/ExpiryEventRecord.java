package org.stepwise.consents;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.StaffId;

/** The event a consent expires on (say, discharge) happened: from {@code occurredOn} on the consent has expired. */
public record ExpiryEventRecord(LocalDate occurredOn, @Nullable String note, StaffId recordedBy, Instant recordedAt) {}
