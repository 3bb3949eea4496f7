package org.stepwise.discharge;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A summary's content: the drafted figures and the clinician's sections (keyed by {@link SummarySection#key()}, each
 * present, empty until written). Its canonical JSON's SHA-256 is what a signature signs.
 */
public record SummaryContent(SummaryFigures figures, Map<String, String> sections) {

    public SummaryContent {
        Map<String, String> all = new LinkedHashMap<>();
        for (SummarySection section : SummarySection.values()) {
            String text = sections.get(section.key());
            all.put(section.key(), text == null ? "" : text);
        }
        sections = java.util.Collections.unmodifiableMap(all);
    }

    public String text(String key) {
        return sections.getOrDefault(key, "");
    }

    /** The section's lines, for pages and the PDF (empty when not written). */
    public java.util.List<String> lines(String key) {
        String text = text(key);
        return text.isBlank() ? java.util.List.of() : text.lines().toList();
    }
}
