package org.stepwise.notes.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the notes ({@code stepwise.notes.*}).
 *
 * @param lateAfter a note signed more than this long after its service ended is a late entry (default 72 hours)
 * @param groupNoteLookBack how far back the documentation queue looks for groups whose note is still to be written
 */
@ConfigurationProperties("stepwise.notes")
public record NotesSettings(Duration lateAfter, Duration groupNoteLookBack) {

    public NotesSettings {
        if (lateAfter == null) {
            lateAfter = Duration.ofHours(72);
        }
        if (groupNoteLookBack == null) {
            groupNoteLookBack = Duration.ofDays(14);
        }
    }
}
