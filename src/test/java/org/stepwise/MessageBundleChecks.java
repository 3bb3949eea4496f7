package org.stepwise;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the per-module message-bundle tests share: a bundle read from the classpath as Spring reads it (UTF-8), and the
 * keys a pattern finds in templates and sources. Each module's test keeps its own pattern, the keys its pages build from
 * values, and its assertions.
 */
public final class MessageBundleChecks {

    private MessageBundleChecks() {}

    /** The bundle at {@code resource} on the classpath, such as {@code /i18n/attendance.properties}. */
    public static Properties bundle(String resource) {
        Properties bundle = new Properties();
        try (InputStream in = Objects.requireNonNull(MessageBundleChecks.class.getResourceAsStream(resource), resource)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }

    /** Group 1 of every match of {@code key} in the files below (or at) {@code roots}. */
    public static Set<String> keysIn(Pattern key, String... roots) {
        return keysIn(key, file -> true, roots);
    }

    /** Group 1 of every match of {@code key} in the files below (or at) {@code roots} that {@code read} accepts. */
    public static Set<String> keysIn(Pattern key, Predicate<Path> read, String... roots) {
        Set<String> keys = new HashSet<>();
        for (String root : roots) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).filter(read).toList()) {
                    Matcher m = key.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }
}
