package org.stepwise.staff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a room. */
public record RoomDetails(
        @NotBlank(message = "Enter the room's name.")
        @Size(max = 120, message = "Keep the name to 120 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String name,
        @NotNull(message = "Enter how many people the room seats, from 1 to 200.")
        @Min(value = 1, message = "The capacity must be at least 1.")
        @Max(value = 200, message = "The capacity must be at most 200.") @Nullable Integer capacity) {

    public RoomDetails {
        name = Text.trimmed(name);
    }
}
