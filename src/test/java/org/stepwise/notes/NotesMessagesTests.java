package org.stepwise.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message the notes pages and queue ask for is in the bundle, and the bundle holds nothing unused. The
 * individual-note forms ({@code notes.individual}, {@code templates/notes/individual}) keep their own keys.
 */
class NotesMessagesTests {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|[\"'])(notes\\.[A-Za-z0-9_.]*[A-Za-z0-9_.])");

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = NotesMessagesTests.class.getResourceAsStream("/i18n/notes.properties")) {
            bundle.load(in);
        }
        return bundle;
    }

    private static Set<String> literalKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path root : new Path[] {Path.of("src/main/resources/templates/notes"),
                Path.of("src/main/java/org/stepwise/notes")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f -> !f.toString().contains("/individual/")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
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
    void everyKeyUsedIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        Set<String> used = new HashSet<>(literalKeys());
        used.removeIf(key -> key.endsWith("."));
        used.addAll(builtKeys());
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> used = new HashSet<>(literalKeys());
        used.addAll(builtKeys());
        assertThat(bundle().stringPropertyNames()).filteredOn(key -> !key.startsWith("notes.individual"))
                .allSatisfy(key -> assertThat(used).contains(key));
    }
}
