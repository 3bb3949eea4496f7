package org.stepwise.notes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;

/**
 * What the group-note screen sends: the shared text once, and an entry per attending client. Codes are as the choices
 * name them ({@link GroupChoices}); blanks are empty strings.
 *
 * @param version the version of the group note the screen was loaded at; null for a group note not yet saved
 */
public record GroupNoteInput(@Nullable Integer version, String topic, String interventions, String summary,
        Map<ClientId, Entry> entries) {

    public GroupNoteInput {
        entries = new LinkedHashMap<>(entries);
    }

    /** One client's entry. */
    public record Entry(String participation, String presentation, String presentationNote, @Nullable UUID objective,
            String progress, String risk, String riskNote) {

        public static Entry blank() {
            return new Entry("", "", "", null, "", "", "");
        }
    }
}
