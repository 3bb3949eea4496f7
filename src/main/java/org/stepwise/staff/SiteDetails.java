package org.stepwise.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a site. Text is trimmed; a blank address means none. */
public record SiteDetails(
        @NotBlank(message = "Enter the site's name.")
        @Size(max = 120, message = "Keep the name to 120 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String name,
        @Size(max = 300, message = "Keep the address to 300 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String address,
        @NotBlank(message = "Enter the site's time zone, such as America/New_York.")
        @Size(max = 60, message = "Enter a time zone name such as America/New_York.") @Nullable String timeZone,
        @NotBlank(message = "Enter the crisis line shown to clients, such as 988.")
        @Size(max = 60, message = "Keep the crisis line to 60 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String crisisLine,
        // ----- crisis lines per site (issue 6): further lines under the main one, one per line
        @Size(max = 500, message = "Keep the other crisis lines to 500 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String otherCrisisLines) {

    /** The further line a new site lists under its crisis line. */
    public static final String DEFAULT_OTHER_CRISIS_LINES = "Emergency: 911";

    /** Details without further crisis lines: the default one ({@value #DEFAULT_OTHER_CRISIS_LINES}). */
    public SiteDetails(@Nullable String name, @Nullable String address, @Nullable String timeZone,
            @Nullable String crisisLine) {
        this(name, address, timeZone, crisisLine, DEFAULT_OTHER_CRISIS_LINES);
    }

    public SiteDetails {
        name = Text.trimmed(name);
        address = Text.trimmed(address);
        timeZone = Text.trimmed(timeZone);
        crisisLine = Text.trimmed(crisisLine);
        otherCrisisLines = otherCrisisLines == null ? "" : otherCrisisLines.strip().replace("\r\n", "\n");
    }
}
