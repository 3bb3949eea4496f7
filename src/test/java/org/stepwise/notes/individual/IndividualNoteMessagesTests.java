package org.stepwise.notes.individual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;

/** Every message the note pages and the PDF ask for is in the bundle, and the bundle holds nothing unused. */
class IndividualNoteMessagesTests {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|[\"'])(notes\\.individual\\.[A-Za-z0-9_.]*[A-Za-z0-9_.])");

    private static Properties bundle() {
        return MessageBundleChecks.bundle("/notes/individual-messages.properties");
    }

    private static Set<String> literalKeys() {
        return MessageBundleChecks.keysIn(KEY, "src/main/resources/templates/notes/individual",
                "src/main/java/org/stepwise/notes/individual");
    }

    /** Keys built from a value: a kind of note, a layout and its sections, a status, a signer's capacity. */
    private static Set<String> builtKeys() {
        Set<String> keys = new HashSet<>();
        for (NoteKind kind : NoteKind.values()) {
            keys.add("notes.individual.kind." + kind.name());
            keys.add("notes.individual.new." + kind.name());
            keys.add("notes.individual.edit." + kind.name());
        }
        keys.add("notes.individual.kind.GROUP");
        for (NoteLayout layout : NoteLayout.values()) {
            keys.add("notes.individual.layout." + layout.name());
            layout.sections().forEach(s -> keys.add("notes.individual.section." + s));
        }
        List.of("participation", "presentation", "progress", "risk")
                .forEach(s -> keys.add("notes.individual.section." + s));
        List.of("DRAFT", "AWAITING_COSIGNATURE", "SIGNED").forEach(s -> keys.add("notes.individual.status." + s));
        List.of("AUTHOR", "COSIGNER").forEach(c -> keys.add("notes.individual.capacity." + c));
        return keys;
    }

    @Test
    void everyKeyUsedIsInTheBundle() {
        Properties bundle = bundle();
        Set<String> used = new HashSet<>(literalKeys());
        used.removeIf(key -> key.endsWith("."));
        used.addAll(builtKeys());
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> used = new HashSet<>(literalKeys());
        used.addAll(builtKeys());
        assertThat(bundle().stringPropertyNames()).allSatisfy(key -> assertThat(used).contains(key));
    }
}
