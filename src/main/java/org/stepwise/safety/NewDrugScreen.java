package org.stepwise.safety;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A screen as submitted.
 *
 * @param id chosen by the form or the caller: sending the same screen again records it once
 * @param collectedOn yyyy-mm-dd
 * @param results the result per substance of the panel: NEGATIVE, POSITIVE, INVALID or DILUTE
 */
public record NewDrugScreen(@Nullable UUID id, @Nullable String collectedOn, @Nullable Boolean observed,
        Map<String, String> results) {}
