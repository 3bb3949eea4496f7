package org.stepwise.signals.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a signal was raised: a sentence for people and the facts behind it, each with where to see it.
 *
 * @param summary what the facts add up to today ("PHQ-9 rose 7 points, from 8 to 15"); may mention today's date, so it
 *     is not part of the fingerprint
 * @param facts the facts themselves; the fingerprint is theirs alone
 */
public record Evidence(String summary, List<Fact> facts) {

    /**
     * One fact: what, its value, the day it is about, and a link to it in the application.
     *
     * @param link a path such as {@code /clients/{id}/measures/{administration}}; null when nothing shows it
     */
    public record Fact(String what, String value, @Nullable LocalDate on, @Nullable String link) {}

    public Evidence {
        facts = List.copyOf(facts);
    }

    /**
     * The SHA-256 (hex) of the facts: equal for the same facts, different as soon as one changes (a new score, a
     * later due date). A dismissed signal returns only when this changes.
     */
    public String fingerprint(String kindAndTopic) {
        StringBuilder text = new StringBuilder(kindAndTopic);
        for (Fact f : facts) {
            text.append('\u001e').append(f.what()).append('\u001f').append(f.value()).append('\u001f')
                    .append(f.on()).append('\u001f').append(f.link());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
