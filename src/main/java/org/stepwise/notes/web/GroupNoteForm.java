package org.stepwise.notes.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.stepwise.notes.GroupNoteInput;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/**
 * Reads the group-note screen's fields: {@code topic}, {@code interventions}, {@code summary}, {@code version}, one
 * {@code client} per row and, per client, {@code participation-<id>}, {@code presentation-<id>},
 * {@code presentationNote-<id>}, {@code objective-<id>}, {@code progress-<id>}, {@code risk-<id>},
 * {@code riskNote-<id>}. A value that is not even of the right form (a client or objective that is not an id) is
 * refused here, naming the field.
 */
final class GroupNoteForm {

    private GroupNoteForm() {}

    static GroupNoteInput read(MultiValueMap<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<ClientId, GroupNoteInput.Entry> entries = new LinkedHashMap<>();
        for (String raw : form.getOrDefault("client", List.of())) {
            UUID client = uuid(raw);
            if (client == null) {
                errors.put("form", "The form names a client that is not an id; reload the page.");
                continue;
            }
            String objectiveText = value(form, "objective-" + client);
            UUID objective = objectiveText.isBlank() ? null : uuid(objectiveText);
            if (!objectiveText.isBlank() && objective == null) {
                errors.put("objective-" + client, "Choose one of this client's objectives.");
            }
            entries.put(new ClientId(client), new GroupNoteInput.Entry(value(form, "participation-" + client),
                    value(form, "presentation-" + client), value(form, "presentationNote-" + client), objective,
                    value(form, "progress-" + client), value(form, "risk-" + client), value(form, "riskNote-" + client)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join(" ", errors.values()), errors);
        }
        return new GroupNoteInput(FormErrors.version(form.getFirst("version")), value(form, "topic"),
                value(form, "interventions"), value(form, "summary"), entries);
    }

    private static String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
