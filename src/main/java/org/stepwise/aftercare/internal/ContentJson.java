package org.stepwise.aftercare.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.stepwise.aftercare.AftercareContent;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content of a version as stored (JSON) and its SHA-256. The hash is taken over the JSON this class writes from the
 * record (components in their declared order), never over the stored JSONB, whose key order PostgreSQL does not keep.
 */
public final class ContentJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContentJson() {}

    public static String write(AftercareContent content) {
        return JSON.writeValueAsString(content);
    }

    public static AftercareContent read(String json) {
        return JSON.readValue(json, AftercareContent.class);
    }

    public static String sha256(AftercareContent content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(write(content).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
