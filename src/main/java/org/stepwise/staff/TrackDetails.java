package org.stepwise.staff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a track. */
public record TrackDetails(
        @NotBlank(message = "Enter the track's name.")
        @Size(max = 120, message = "Keep the name to 120 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String name,
        @NotNull(message = "Choose day or evening.") @Nullable TrackPeriod period,
        @NotNull(message = "Enter how many clients the track takes, from 1 to 200.")
        @Min(value = 1, message = "The capacity must be at least 1.")
        @Max(value = 200, message = "The capacity must be at most 200.") @Nullable Integer capacity) {

    public TrackDetails {
        name = Text.trimmed(name);
    }
}
