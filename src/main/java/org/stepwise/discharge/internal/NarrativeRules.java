package org.stepwise.discharge.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.discharge.SummaryContent;
import org.stepwise.discharge.SummarySection;

/**
 * The clinician's sections as plain Java: what a save may hold (plain text of at most
 * {@value SummarySection#MAX_LENGTH} characters a section) and what signing needs (the required sections written).
 */
public final class NarrativeRules {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private NarrativeRules() {}

    /** The submitted sections, stripped, every section present (a missing one as empty). */
    public static Map<String, String> read(Map<String, String> submitted) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (String key : SummarySection.keys()) {
            String text = submitted.get(key);
            sections.put(key, text == null ? "" : text.strip().replace("\r\n", "\n"));
        }
        return sections;
    }

    /** What is wrong with the sections, keyed by section; empty when they will do. */
    public static Map<String, String> problems(Map<String, String> sections) {
        Map<String, String> problems = new LinkedHashMap<>();
        sections.forEach((key, text) -> {
            if (text.codePointCount(0, text.length()) > SummarySection.MAX_LENGTH) {
                problems.put(key, "Keep this section to " + String.format("%,d", SummarySection.MAX_LENGTH)
                        + " characters.");
            } else if (CONTROL.matcher(text).find()) {
                problems.put(key, "Remove the control characters (pasted from another program?) from this section.");
            }
        });
        return problems;
    }

    /** The sections signing still needs, in the summary's order. */
    public static List<SummarySection> missingForSigning(@Nullable SummaryContent content) {
        return java.util.Arrays.stream(SummarySection.values())
                .filter(SummarySection::requiredForSigning)
                .filter(s -> content == null || content.text(s.key()).isBlank())
                .toList();
    }
}
