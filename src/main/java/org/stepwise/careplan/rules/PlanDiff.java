package org.stepwise.careplan.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.careplan.PlanContent;

/**
 * What changed from one version of a plan to another: objectives matched by their stable id (added, removed, or
 * changed in wording, target date, progress, comment or the problem they serve), problems matched by their wording,
 * interventions by what they say, and the services line by line.
 */
public final class PlanDiff {

    private PlanDiff() {}

    public enum Change { ADDED, REMOVED, CHANGED }

    /**
     * One difference.
     *
     * @param area "Objective", "Problem", "Intervention" or "Services"
     * @param subject what it is about (the objective's wording in the later version, say)
     * @param details for a change, each changed field as "Progress: Not started → In progress"
     */
    public record Difference(Change change, String area, String subject, List<String> details) {

        public Difference {
            details = List.copyOf(details);
        }
    }

    public static List<Difference> between(PlanContent from, PlanContent to) {
        List<Difference> differences = new ArrayList<>();
        problems(from, to, differences);
        objectives(from, to, differences);
        interventions(from, to, differences);
        services(from.services(), to.services(), differences);
        return differences;
    }

    private static void problems(PlanContent from, PlanContent to, List<Difference> out) {
        Map<String, PlanContent.Problem> before = byText(from);
        Map<String, PlanContent.Problem> after = byText(to);
        after.forEach((text, p) -> {
            PlanContent.Problem old = before.get(text);
            if (old == null) {
                out.add(new Difference(Change.ADDED, "Problem", label(p), List.of("Goal: " + p.goal())));
            } else {
                List<String> details = new ArrayList<>();
                field(details, "Diagnosis", old.code(), p.code());
                field(details, "Goal", old.goal(), p.goal());
                if (!details.isEmpty()) {
                    out.add(new Difference(Change.CHANGED, "Problem", label(p), details));
                }
            }
        });
        before.forEach((text, p) -> {
            if (!after.containsKey(text)) {
                out.add(new Difference(Change.REMOVED, "Problem", label(p), List.of()));
            }
        });
    }

    private static void objectives(PlanContent from, PlanContent to, List<Difference> out) {
        Map<UUID, Placed> before = objectivesById(from);
        Map<UUID, Placed> after = objectivesById(to);
        after.forEach((id, placed) -> {
            PlanContent.Objective o = placed.objective();
            Placed old = before.get(id);
            if (old == null) {
                out.add(new Difference(Change.ADDED, "Objective", o.text(), List.of("Target date: " + o.targetDate(),
                        "Problem: " + placed.problem())));
                return;
            }
            PlanContent.Objective p = old.objective();
            List<String> details = new ArrayList<>();
            field(details, "Wording", p.text(), o.text());
            field(details, "Target date", p.targetDate().toString(), o.targetDate().toString());
            field(details, "Progress", p.progress().label(), o.progress().label());
            field(details, "Comment", p.comment(), o.comment());
            field(details, "Problem", old.problem(), placed.problem());
            if (!details.isEmpty()) {
                out.add(new Difference(Change.CHANGED, "Objective", o.text(), details));
            }
        });
        before.forEach((id, placed) -> {
            if (!after.containsKey(id)) {
                out.add(new Difference(Change.REMOVED, "Objective", placed.objective().text(), List.of()));
            }
        });
    }

    private static void interventions(PlanContent from, PlanContent to, List<Difference> out) {
        List<String> before = interventionLines(from);
        List<String> after = interventionLines(to);
        after.stream().filter(line -> !before.contains(line))
                .forEach(line -> out.add(new Difference(Change.ADDED, "Intervention", line, List.of())));
        before.stream().filter(line -> !after.contains(line))
                .forEach(line -> out.add(new Difference(Change.REMOVED, "Intervention", line, List.of())));
    }

    private static void services(PlanContent.Services from, PlanContent.Services to, List<Difference> out) {
        List<String> details = new ArrayList<>();
        field(details, "Types", from.types(), to.types());
        field(details, "Amount", from.amount(), to.amount());
        field(details, "Frequency", from.frequency(), to.frequency());
        field(details, "Weekly hours", from.weeklyHours().toPlainString(), to.weeklyHours().toPlainString());
        field(details, "Duration", from.startsOn() + " to " + from.endsOn(), to.startsOn() + " to " + to.endsOn());
        if (!details.isEmpty()) {
            out.add(new Difference(Change.CHANGED, "Services", "Type, amount, frequency and duration", details));
        }
    }

    private static void field(List<String> details, String name, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            details.add(name + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }

    private static String label(PlanContent.Problem p) {
        return p.code() == null ? p.text() : p.text() + " (" + p.code() + ")";
    }

    private static Map<String, PlanContent.Problem> byText(PlanContent content) {
        Map<String, PlanContent.Problem> map = new LinkedHashMap<>();
        content.problems().forEach(p -> map.putIfAbsent(p.text(), p));
        return map;
    }

    private record Placed(PlanContent.Objective objective, String problem) {}

    private static Map<UUID, Placed> objectivesById(PlanContent content) {
        Map<UUID, Placed> map = new LinkedHashMap<>();
        for (PlanContent.Problem p : content.problems()) {
            for (PlanContent.Objective o : p.objectives()) {
                if (o.id() != null) {
                    map.put(o.id(), new Placed(o, p.text()));
                }
            }
        }
        return map;
    }

    private static List<String> interventionLines(PlanContent content) {
        List<String> lines = new ArrayList<>();
        for (PlanContent.Problem p : content.problems()) {
            for (PlanContent.Intervention i : p.interventions()) {
                lines.add(p.text() + ": " + i.modality().label() + ", " + i.frequency()
                        + (i.responsibleName() == null ? "" : ", " + i.responsibleName())
                        + (i.detail() == null ? "" : " (" + i.detail() + ")"));
            }
        }
        return lines;
    }
}
