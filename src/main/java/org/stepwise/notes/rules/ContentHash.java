package org.stepwise.notes.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The SHA-256 of what a note says, as signed: a canonical text of every fact the note states (whose chart, which
 * service and when, the objective, Part 2 markers, each section by key, and for a group entry the group's shared text),
 * so that the same content always gives the same hash and any change to it gives another. Each value is written with
 * its length before it, so no two contents can run together into the same text.
 */
public final class ContentHash {

    private ContentHash() {}

    /** What a note says; {@code groupText} is the group's topic, interventions and summary for a group entry. */
    public record Content(String kind, String format, UUID client, UUID episode, LocalDate serviceDate,
            Instant serviceEndedAt, @Nullable UUID objective, boolean part2, boolean sudCounseling,
            Map<String, String> sections, @Nullable GroupText groupText) {

        public Content {
            sections = new HashMap<>(sections);
        }
    }

    public record GroupText(String topic, String interventions, String summary) {}

    /** Lower-case hex of the SHA-256 of the canonical text. */
    public static String of(Content c) {
        StringBuilder text = new StringBuilder("stepwise-note-v1\n");
        field(text, "kind", c.kind());
        field(text, "format", c.format());
        field(text, "client", c.client().toString());
        field(text, "episode", c.episode().toString());
        field(text, "serviceDate", c.serviceDate().toString());
        field(text, "serviceEndedAt", c.serviceEndedAt().truncatedTo(ChronoUnit.MICROS).toString());
        field(text, "objective", c.objective() == null ? "" : c.objective().toString());
        field(text, "part2", Boolean.toString(c.part2()));
        field(text, "sudCounseling", Boolean.toString(c.sudCounseling()));
        new TreeMap<>(c.sections()).forEach((key, value) -> field(text, "section." + key, value));
        if (c.groupText() != null) {
            field(text, "group.topic", c.groupText().topic());
            field(text, "group.interventions", c.groupText().interventions());
            field(text, "group.summary", c.groupText().summary());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
    }
}
