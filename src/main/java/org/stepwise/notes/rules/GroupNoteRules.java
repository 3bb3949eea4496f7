package org.stepwise.notes.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.stepwise.notes.GroupChoices;
import org.stepwise.notes.GroupNoteInput;
import org.stepwise.shared.ClientId;

/**
 * What a group note needs. A draft may be incomplete but never malformed (unknown choices, too long, an objective that
 * is not the client's); to sign, the shared text and every attending client's entry must be complete: participation,
 * presentation, risk (with words when moderate or high), and one of the client's own objectives with a progress
 * comment whenever the client's plan has active objectives.
 *
 * <p>Errors are keyed by field: {@code topic}, {@code interventions}, {@code summary}, and for an entry
 * {@code <field>-<client id>}, as the screen names its inputs.
 */
public final class GroupNoteRules {

    public static final int TOPIC_MAX = 200;
    public static final int INTERVENTIONS_MAX = 2000;
    public static final int SUMMARY_MAX = 4000;
    public static final int SHORT_TEXT_MAX = 500;
    public static final int PROGRESS_MAX = 1000;

    private GroupNoteRules() {}

    /**
     * Every problem of the input at once, empty when there is none.
     *
     * @param objectives each attending client's active objectives (empty for a client without a plan)
     * @param attending the clients who attended: an entry for anyone else is refused
     */
    public static Map<String, String> problems(GroupNoteInput input, boolean toSign,
            Map<ClientId, ? extends Collection<UUID>> objectives, Set<ClientId> attending) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.topic().isBlank()) {
            errors.put("topic", "Give the group's topic.");
        }
        length(errors, "topic", input.topic(), TOPIC_MAX, "the topic");
        length(errors, "interventions", input.interventions(), INTERVENTIONS_MAX, "the interventions");
        length(errors, "summary", input.summary(), SUMMARY_MAX, "the summary");
        if (toSign && input.interventions().isBlank()) {
            errors.putIfAbsent("interventions", "Say which interventions the group used before signing.");
        }
        if (toSign && input.summary().isBlank()) {
            errors.putIfAbsent("summary", "Summarise the group before signing.");
        }
        input.entries().forEach((client, entry) -> {
            String id = client.toString();
            if (!attending.contains(client)) {
                errors.put("entry-" + id, "This client did not attend the group, so they get no entry.");
                return;
            }
            choice(errors, "participation-" + id, GroupChoices.Participation.class, entry.participation(), toSign,
                    "Choose how they participated.");
            choice(errors, "presentation-" + id, GroupChoices.Presentation.class, entry.presentation(), toSign,
                    "Choose how they presented.");
            choice(errors, "risk-" + id, GroupChoices.Risk.class, entry.risk(), toSign, "Choose the risk.");
            length(errors, "presentationNote-" + id, entry.presentationNote(), SHORT_TEXT_MAX, "the presentation");
            length(errors, "progress-" + id, entry.progress(), PROGRESS_MAX, "the progress comment");
            length(errors, "riskNote-" + id, entry.riskNote(), SHORT_TEXT_MAX, "the risk");
            Collection<UUID> theirs = objectives.containsKey(client) ? objectives.get(client) : java.util.List.of();
            if (entry.objective() != null && !theirs.contains(entry.objective())) {
                errors.put("objective-" + id, "Choose one of this client's own active objectives.");
            }
            if (toSign && entry.objective() == null && !theirs.isEmpty()) {
                errors.put("objective-" + id, "Choose the objective this group worked toward for them.");
            }
            if (toSign && entry.objective() != null && entry.progress().isBlank()) {
                errors.putIfAbsent("progress-" + id, "Say in a few words how they progressed toward the objective.");
            }
            if (toSign && GroupChoices.parse(GroupChoices.Risk.class, entry.risk()).map(GroupChoices.Risk::needsWords)
                    .orElse(false) && entry.riskNote().isBlank()) {
                errors.putIfAbsent("riskNote-" + id, "Moderate or high risk: say what you saw and what was done.");
            }
        });
        if (toSign) {
            for (ClientId client : attending) {
                if (!input.entries().containsKey(client)) {
                    errors.put("entry-" + client, "Every client who attended needs an entry before the group is signed.");
                }
            }
        }
        return errors;
    }

    private static <E extends Enum<E>> void choice(Map<String, String> errors, String field, Class<E> type,
            String code, boolean required, String missing) {
        if (code.isBlank()) {
            if (required) {
                errors.put(field, missing);
            }
        } else if (GroupChoices.parse(type, code).isEmpty()) {
            errors.put(field, "Choose one of the options listed.");
        }
    }

    private static void length(Map<String, String> errors, String field, String text, int max, String what) {
        if (text.length() > max) {
            errors.putIfAbsent(field, "Keep " + what + " to " + max + " characters (it has " + text.length() + ").");
        }
    }
}
