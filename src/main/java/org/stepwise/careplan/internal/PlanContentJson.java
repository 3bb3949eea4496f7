package org.stepwise.careplan.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.stepwise.careplan.PlanContent;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A version's content as JSON: stored in {@code treatment_plan_version.content}, and in its canonical form (properties
 * sorted by name, dates as yyyy-mm-dd, nulls written out) the bytes whose SHA-256 each signature signs. PostgreSQL's
 * JSONB keeps neither key order nor spacing, so the hash is always computed from the record, never from the stored text.
 */
public final class PlanContentJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private PlanContentJson() {}

    public static String write(PlanContent content) {
        return JSON.writeValueAsString(content);
    }

    public static PlanContent read(String json) {
        return JSON.readValue(json, PlanContent.class);
    }

    /** SHA-256 (lower-case hex) of the canonical JSON. */
    public static String sha256(PlanContent content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The content as a person typed it, without what saving adds (objective ids, responsible staff names): two
     * submissions of the same form read alike, so a repeated one is told from a conflicting one.
     */
    public static String asTyped(PlanContent content) {
        return write(new PlanContent(content.problems().stream().map(p -> new PlanContent.Problem(p.code(), p.text(),
                p.goal(), p.objectives().stream().map(o -> new PlanContent.Objective(null, o.text(), o.targetDate(),
                        o.progress(), o.comment())).toList(), p.interventions().stream()
                        .map(i -> new PlanContent.Intervention(i.modality(), i.frequency(), i.responsibleId(), null,
                                i.detail())).toList())).toList(), content.services()));
    }
}
