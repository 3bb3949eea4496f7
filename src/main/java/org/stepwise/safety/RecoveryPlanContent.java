package org.stepwise.safety;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one version of a plan says: the text of each section (keys of {@link RecoveryPlanKind#sections()}, an empty
 * section is absent) and, for the relapse prevention plan, the day it is next reviewed.
 */
public record RecoveryPlanContent(Map<String, String> sections, @Nullable LocalDate reviewOn) {

    public RecoveryPlanContent {
        Map<String, String> kept = new LinkedHashMap<>();
        sections.forEach((key, text) -> {
            String clean = text == null ? "" : text.replace("\r\n", "\n").strip();
            if (!clean.isEmpty()) {
                kept.put(key, clean);
            }
        });
        sections = java.util.Collections.unmodifiableMap(kept);
    }

    /** The text of a section, empty when it was left empty. */
    public String text(String section) {
        return sections.getOrDefault(section, "");
    }

    /** A section's text line by line (for print, where a line break must be a paragraph), blank lines left out. */
    public java.util.List<String> lines(String section) {
        return text(section).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    /**
     * SHA-256 (lower-case hex) of the canonical form: the kind, then each section of the kind in its order as
     * {@code key=length:text}, then the review date. What every signature signs; the stored JSON is never hashed
     * (PostgreSQL's JSONB keeps neither key order nor spacing).
     */
    public String sha256(RecoveryPlanKind kind) {
        StringBuilder canonical = new StringBuilder(kind.name()).append('\n');
        for (String section : kind.sections()) {
            String text = text(section);
            canonical.append(section).append('=').append(text.length()).append(':').append(text).append('\n');
        }
        canonical.append("reviewOn=").append(reviewOn == null ? "" : reviewOn.toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
