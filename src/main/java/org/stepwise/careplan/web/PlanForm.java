package org.stepwise.careplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.careplan.Modality;
import org.stepwise.careplan.ObjectiveProgress;
import org.stepwise.careplan.PlanContent;

/**
 * The plan as typed, every value a string so that whatever a person entered can be shown again: posted by the edit
 * page as {@code problems[0].objectives[1].targetDate} and so on (the same paths the domain's errors use), sent by
 * the API as JSON of the same shape. Blank rows are the page's room to add; removed or blank rows are dropped
 * ({@link #compact}) before the content is read, so that the paths of what remains match the errors.
 */
record PlanForm(@Nullable String version, String types, String amount, String frequency, List<ProblemRow> problems) {

    record ObjectiveRow(String id, String text, String targetDate, String progress, String comment, boolean remove) {

        boolean blank() {
            return text.isBlank() && targetDate.isBlank();
        }
    }

    record InterventionRow(String modality, String frequency, String responsible, String detail, boolean remove) {

        boolean blank() {
            return modality.isBlank() && frequency.isBlank() && detail.isBlank();
        }
    }

    record ProblemRow(String code, String text, String goal, List<ObjectiveRow> objectives,
            List<InterventionRow> interventions, boolean remove) {

        boolean blank() {
            return code.isBlank() && text.isBlank() && goal.isBlank() && objectives.stream().allMatch(ObjectiveRow::blank)
                    && interventions.stream().allMatch(InterventionRow::blank);
        }
    }

    /** The content read from the form, or what could not be read, keyed by field path. */
    record Read(@Nullable PlanContent content, Map<String, String> errors) {}

    private static final Pattern PATH = Pattern.compile(
            "problems\\[(\\d{1,2})]\\.(?:(code|text|goal|remove)|objectives\\[(\\d{1,2})]\\.(id|text|targetDate|progress|comment|remove)"
                    + "|interventions\\[(\\d{1,2})]\\.(modality|frequency|responsible|detail|remove))");

    static PlanForm of(PlanContent content, int version) {
        List<ProblemRow> problems = content.problems().stream().map(p -> new ProblemRow(s(p.code()), p.text(), p.goal(),
                p.objectives().stream().map(o -> new ObjectiveRow(o.id() == null ? "" : o.id().toString(), o.text(),
                        o.targetDate().toString(), o.progress().name(), s(o.comment()), false)).toList(),
                p.interventions().stream().map(i -> new InterventionRow(i.modality().name(), i.frequency(),
                        i.responsibleId() == null ? "" : i.responsibleId().toString(), s(i.detail()), false)).toList(),
                false)).toList();
        PlanContent.Services services = content.services();
        return new PlanForm(String.valueOf(version), services.types(), services.amount(), services.frequency(), problems);
    }

    /** Reads the posted fields; unknown names are ignored, indexes past 99 are not read. */
    static PlanForm parse(Map<String, String> params) {
        Map<Integer, Map<String, String>> problemFields = new TreeMap<>();
        Map<Integer, Map<Integer, Map<String, String>>> objectiveFields = new TreeMap<>();
        Map<Integer, Map<Integer, Map<String, String>>> interventionFields = new TreeMap<>();
        params.forEach((name, value) -> {
            Matcher m = PATH.matcher(name);
            if (!m.matches()) {
                return;
            }
            int i = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                problemFields.computeIfAbsent(i, k -> new LinkedHashMap<>()).put(m.group(2), value);
            } else if (m.group(3) != null) {
                problemFields.computeIfAbsent(i, k -> new LinkedHashMap<>());
                objectiveFields.computeIfAbsent(i, k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(m.group(3)), k -> new LinkedHashMap<>()).put(m.group(4), value);
            } else {
                problemFields.computeIfAbsent(i, k -> new LinkedHashMap<>());
                interventionFields.computeIfAbsent(i, k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(m.group(5)), k -> new LinkedHashMap<>()).put(m.group(6), value);
            }
        });
        List<ProblemRow> problems = new ArrayList<>();
        problemFields.forEach((i, f) -> problems.add(new ProblemRow(get(f, "code"), get(f, "text"), get(f, "goal"),
                objectiveFields.getOrDefault(i, Map.of()).values().stream().map(o -> new ObjectiveRow(get(o, "id"),
                        get(o, "text"), get(o, "targetDate"), get(o, "progress"), get(o, "comment"),
                        ticked(o.get("remove")))).toList(),
                interventionFields.getOrDefault(i, Map.of()).values().stream().map(v -> new InterventionRow(
                        get(v, "modality"), get(v, "frequency"), get(v, "responsible"), get(v, "detail"),
                        ticked(v.get("remove")))).toList(),
                ticked(f.get("remove")))));
        return new PlanForm(params.get("version"), get(params, "services.types"), get(params, "services.amount"),
                get(params, "services.frequency"), problems);
    }

    /** Without removed and blank rows. */
    PlanForm compact() {
        List<ProblemRow> kept = problems.stream().filter(p -> !p.remove() && !p.blank())
                .map(p -> new ProblemRow(p.code(), p.text(), p.goal(),
                        p.objectives().stream().filter(o -> !o.remove() && !o.blank()).toList(),
                        p.interventions().stream().filter(i -> !i.remove() && !i.blank()).toList(), false))
                .toList();
        return new PlanForm(version, types, amount, frequency, kept);
    }

    /** With room to add: a blank objective and intervention under each problem, and a blank problem at the end. */
    PlanForm withBlankRows() {
        List<ProblemRow> rows = new ArrayList<>();
        for (ProblemRow p : problems) {
            List<ObjectiveRow> objectives = new ArrayList<>(p.objectives());
            objectives.add(new ObjectiveRow("", "", "", "", "", false));
            List<InterventionRow> interventions = new ArrayList<>(p.interventions());
            interventions.add(new InterventionRow("", "", "", "", false));
            rows.add(new ProblemRow(p.code(), p.text(), p.goal(), objectives, interventions, false));
        }
        rows.add(new ProblemRow("", "", "", List.of(new ObjectiveRow("", "", "", "", "", false)),
                List.of(new InterventionRow("", "", "", "", false)), false));
        return new PlanForm(version, types, amount, frequency, rows);
    }

    PlanForm withVersion(int current) {
        return new PlanForm(String.valueOf(current), types, amount, frequency, problems);
    }

    /** The lock version as sent; null when absent or not a number (the service then asks for it). */
    @Nullable Integer lockVersion() {
        try {
            return version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The content of the (compacted) form: dates, modalities and ids read; the rest is the domain's to check. */
    Read read() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<PlanContent.Problem> read = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            ProblemRow p = problems.get(i);
            String at = "problems[" + i + "]";
            List<PlanContent.Objective> objectives = new ArrayList<>();
            for (int j = 0; j < p.objectives().size(); j++) {
                ObjectiveRow o = p.objectives().get(j);
                String path = at + ".objectives[" + j + "]";
                UUID id = uuid(o.id(), path + ".id", errors);
                LocalDate target = null;
                if (o.targetDate().isBlank()) {
                    errors.put(path + ".targetDate", "Enter a target date (yyyy-mm-dd).");
                } else {
                    try {
                        target = LocalDate.parse(o.targetDate().strip());
                    } catch (DateTimeParseException e) {
                        errors.put(path + ".targetDate", "Enter the target date as yyyy-mm-dd.");
                    }
                }
                ObjectiveProgress progress = ObjectiveProgress.NOT_STARTED;
                if (!o.progress().isBlank()) {
                    try {
                        progress = ObjectiveProgress.valueOf(o.progress().strip());
                    } catch (IllegalArgumentException e) {
                        errors.put(path + ".progress", "Progress is one of NOT_STARTED, IN_PROGRESS, MET, REVISED, "
                                + "DISCONTINUED.");
                    }
                }
                if (target != null) {
                    objectives.add(new PlanContent.Objective(id, o.text().strip(), target, progress, blank(o.comment())));
                }
            }
            List<PlanContent.Intervention> interventions = new ArrayList<>();
            for (int k = 0; k < p.interventions().size(); k++) {
                InterventionRow v = p.interventions().get(k);
                String path = at + ".interventions[" + k + "]";
                Modality modality = Modality.parse(v.modality()).orElse(null);
                if (modality == null) {
                    errors.put(path + ".modality", "Choose the modality.");
                }
                UUID responsible = uuid(v.responsible(), path + ".responsible", errors);
                if (modality != null) {
                    interventions.add(new PlanContent.Intervention(modality, v.frequency().strip(), responsible, null,
                            blank(v.detail())));
                }
            }
            read.add(new PlanContent.Problem(blank(p.code()), p.text().strip(), p.goal().strip(), objectives,
                    interventions));
        }
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        // Hours and dates are the episode's: the service fills them in.
        return new Read(new PlanContent(read, new PlanContent.Services(types.strip(), amount.strip(), frequency.strip(),
                java.math.BigDecimal.ZERO, LocalDate.EPOCH, LocalDate.EPOCH)), errors);
    }

    private static @Nullable UUID uuid(String text, String field, Map<String, String> errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "This is not an id.");
            return null;
        }
    }

    private static @Nullable String blank(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static boolean ticked(@Nullable String value) {
        return value != null && (value.equals("true") || value.equals("on"));
    }

    private static String get(Map<String, String> fields, String name) {
        String value = fields.get(name);
        return value == null ? "" : value;
    }

    private static String s(@Nullable String text) {
        return text == null ? "" : text;
    }
}
