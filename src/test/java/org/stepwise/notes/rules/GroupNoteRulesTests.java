package org.stepwise.notes.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.notes.GroupNoteInput;
import org.stepwise.shared.ClientId;

/** What a group note needs to be saved as a draft and to be signed, one case per row. */
class GroupNoteRulesTests {

    private static final ClientId JO = new ClientId(UUID.fromString("11111111-1111-4111-8111-111111111111"));
    private static final UUID OBJECTIVE = UUID.fromString("33333333-3333-4333-8333-333333333333");
    private static final UUID SOMEONE_ELSES = UUID.fromString("44444444-4444-4444-8444-444444444444");

    /**
     * One change to a complete entry, whether signing, and the field refused ("" for none). Changes: field=value, with
     * "objective=other" for another client's objective and "objective=none" for no objective.
     */
    @ParameterizedTest(name = "{0}, to sign: {1} → {2}")
    @CsvSource({
            "nothing, true, ''",
            "nothing, false, ''",
            "participation=, true, participation",
            "participation=, false, ''",
            "participation=SLEEPY, false, participation",
            "presentation=, true, presentation",
            "risk=, true, risk",
            "risk=HIGH, true, riskNote",
            "risk=HIGH, false, ''",
            "risk=LOW, true, ''",
            "objective=none, true, objective",
            "objective=none, false, ''",
            "objective=other, false, objective",
            "progress=, true, progress",
            "progress=long, false, progress",
            "topic=, false, topic",
            "topic=long, false, topic",
            "summary=, true, summary",
            "summary=, false, ''",
            "interventions=, true, interventions",
            "client=absent, false, entry",
            "client=missing, true, entry",
            "client=missing, false, ''"})
    void rules(String change, boolean toSign, String refused) {
        String[] kv = change.split("=", 2);
        String key = kv[0];
        String value = kv.length > 1 ? kv[1] : "";
        if (value.equals("long")) {
            value = "x".repeat(5000);
        }
        String participation = key.equals("participation") ? value : "ACTIVE";
        String presentation = key.equals("presentation") ? value : "ANXIOUS";
        String risk = key.equals("risk") ? value : "NONE";
        String progress = key.equals("progress") ? value : "Named two triggers.";
        UUID objective = !key.equals("objective") ? OBJECTIVE : value.equals("other") ? SOMEONE_ELSES : null;
        var entry = new GroupNoteInput.Entry(participation, presentation, "", objective, progress, risk, "");
        ClientId client = key.equals("client") && value.equals("absent") ? new ClientId(UUID.randomUUID()) : JO;
        Map<ClientId, GroupNoteInput.Entry> entries = key.equals("client") && value.equals("missing") ? Map.of()
                : Map.of(client, entry);
        var input = new GroupNoteInput(null, key.equals("topic") ? value : "Coping",
                key.equals("interventions") ? value : "CBT", key.equals("summary") ? value : "We met.", entries);

        Map<String, String> problems = GroupNoteRules.problems(input, toSign, Map.of(JO, List.of(OBJECTIVE)), Set.of(JO));

        if (refused.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            String field = Set.of("topic", "summary", "interventions").contains(refused) ? refused
                    : refused + "-" + client;
            assertThat(problems).containsKey(field);
            assertThat(problems.get(field)).isNotBlank();
        }
    }
}
