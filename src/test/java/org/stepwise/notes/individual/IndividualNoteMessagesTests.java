package org.stepwise.notes.individual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message the note pages and the PDF ask for is in the bundle, and the bundle holds nothing unused. */
class IndividualNoteMessagesTests {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|[\"'])(notes\\.individual\\.[A-Za-z0-9_.]*[A-Za-z0-9_.])");

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = IndividualNoteMessagesTests.class.getResourceAsStream("/notes/individual-messages.properties")) {
            bundle.load(in);
        }
        return bundle;
    }

    private static Set<String> literalKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path root : new Path[] {Path.of("src/main/resources/templates/notes/individual"),
                Path.of("src/main/java/org/stepwise/notes/individual")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
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
        assertThat(bundle().stringPropertyNames()).allSatisfy(key -> assertThat(used).contains(key));
    }
}
