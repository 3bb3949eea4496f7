package org.stepwise.consents;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A disclosure to check or record, as submitted.
 *
 * @param recipientName who receives it, by name
 * @param recipientClass the class of recipients it belongs to, if any ({@code TREATING_PROVIDERS}, {@code HEALTH_PLAN})
 * @param on the day of the disclosure (yyyy-mm-dd); today when empty
 * @param protection {@code PART2} (the default: records of a Part 2 program) or {@code HIPAA}
 */
public record NewDisclosure(@Nullable String recipientName, @Nullable String recipientClass, @Nullable String purpose,
        @Nullable List<String> categories, @Nullable String on, @Nullable String protection) {}
