package org.stepwise.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;

/**
 * Every message the notes pages and queue ask for is in the bundle, and the bundle holds nothing unused. The
 * individual-note forms ({@code notes.individual}, {@code templates/notes/individual}) keep their own keys.
 */
class NotesMessagesTests {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|[\"'])(notes\\.[A-Za-z0-9_.]*[A-Za-z0-9_.])");

    private static Properties bundle() {
        return MessageBundleChecks.bundle("/i18n/notes.properties");
    }

    private static Set<String> literalKeys() {
        Set<String> keys = MessageBundleChecks.keysIn(KEY, file -> !file.toString().contains("/individual/"),
                "src/main/resources/templates/notes", "src/main/java/org/stepwise/notes");
        keys.removeIf(key -> key.startsWith("notes.individual"));
        return keys;
    }

    private static Set<String> builtKeys() {
        Set<String> keys = new HashSet<>();
        for (NoteStatus status : NoteStatus.values()) {
            keys.add("notes.status." + status.name());
        }
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
        assertThat(bundle().stringPropertyNames()).filteredOn(key -> !key.startsWith("notes.individual"))
                .allSatisfy(key -> assertThat(used).contains(key));
    }
}
