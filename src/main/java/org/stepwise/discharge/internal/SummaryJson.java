package org.stepwise.discharge.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.stepwise.discharge.SummaryContent;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A summary's content as JSON: stored in {@code discharge_summary.content}, and in its canonical form (properties sorted
 * by name, dates as yyyy-mm-dd) the bytes whose SHA-256 the signature signs. JSONB keeps neither key order nor spacing,
 * so the hash is always computed from the record, never from the stored text.
 */
public final class SummaryJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private SummaryJson() {}

    public static String write(SummaryContent content) {
        return JSON.writeValueAsString(content);
    }

    public static SummaryContent read(String json) {
        return JSON.readValue(json, SummaryContent.class);
    }

    /** SHA-256 (lower-case hex) of the canonical JSON. */
    public static String sha256(SummaryContent content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
