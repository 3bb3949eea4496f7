package org.stepwise.measures.due;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For whom a schedule applies: everyone (no entries), or clients with an ICD-10-CM diagnosis that starts with one of
 * the prefixes ({@code F43.1}: PTSD) or falls in one of the category ranges ({@code F10-F19}: substance-related
 * disorders). Plain Java.
 */
public record DiagnosisFilter(List<String> entries) {

    private static final Pattern PREFIX = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Z]{0,4})?");
    private static final Pattern RANGE = Pattern.compile("([A-Z])([0-9]{2})-([A-Z])([0-9]{2})");
    /** At most this many entries: a filter is a short list a person reads. */
    public static final int MAX_ENTRIES = 20;

    public DiagnosisFilter {
        entries = List.copyOf(entries);
    }

    public static DiagnosisFilter everyone() {
        return new DiagnosisFilter(List.of());
    }

    /**
     * Reads a comma-separated list such as {@code "F43.1, F10-F19"} (an en dash works as a dash; case does not matter).
     *
     * @throws IllegalArgumentException naming the first entry that is neither a code prefix nor a range
     */
    public static DiagnosisFilter parse(String text) {
        List<String> entries = new ArrayList<>();
        for (String raw : text.split("[,;\\s]+")) {
            String entry = raw.strip().toUpperCase(Locale.ROOT).replace('\u2013', '-');
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.length() > 20 || !(PREFIX.matcher(entry).matches() || validRange(entry))) {
                throw new IllegalArgumentException("\"" + (raw.length() > 20 ? raw.substring(0, 20) + "…" : raw)
                        + "\" is neither the start of an ICD-10-CM code (F43.1) nor a range of categories (F10-F19).");
            }
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("Give at most " + MAX_ENTRIES + " codes or ranges.");
        }
        return new DiagnosisFilter(entries);
    }

    private static boolean validRange(String entry) {
        Matcher m = RANGE.matcher(entry);
        return m.matches() && m.group(1).equals(m.group(3)) && m.group(2).compareTo(m.group(4)) <= 0;
    }

    public boolean everyoneQualifies() {
        return entries.isEmpty();
    }

    /** Whether a client with these diagnoses is one the schedule is for. */
    public boolean matches(Collection<String> diagnoses) {
        if (entries.isEmpty()) {
            return true;
        }
        for (String diagnosis : diagnoses) {
            String code = diagnosis.strip().toUpperCase(Locale.ROOT);
            for (String entry : entries) {
                Matcher range = RANGE.matcher(entry);
                if (range.matches() ? inRange(code, range) : code.startsWith(entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inRange(String code, Matcher range) {
        if (code.length() < 3 || code.charAt(0) != range.group(1).charAt(0)) {
            return false;
        }
        String category = code.substring(1, 3);
        return category.compareTo(range.group(2)) >= 0 && category.compareTo(range.group(4)) <= 0;
    }

    /** As a person typed it, comma-separated; empty for everyone. */
    public String text() {
        return String.join(", ", entries);
    }
}
