package org.stepwise.careplan.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.careplan.Modality;
import org.stepwise.careplan.ObjectiveProgress;
import org.stepwise.careplan.PlanContent;

/**
 * The first draft of a plan, from what the admission knows: one problem per diagnosis, problems the latest screening
 * scores point to (PHQ-9 10 or more: depression with the objective "PHQ-9 below 10 by …"; AUDIT, AUDIT-C, DAST-10 or
 * BAM use: substance use), and problems for the placement's driving dimensions. Each problem gets a goal, one
 * measurable objective and its usual interventions; the clinician rewrites them with the client.
 */
public final class PlanDrafter {

    /** A rating at or above this on a placement dimension suggests a problem even when it did not drive the level. */
    static final int HIGH_RATING = 3;

    /** Symptom scores are expected to fall within this many days (or by the planned end, if sooner). */
    static final int SCORE_OBJECTIVE_DAYS = 60;

    private PlanDrafter() {}

    /**
     * What the draft is built from.
     *
     * @param diagnoses the episode's ICD-10-CM codes, primary first
     * @param placement the latest level-of-care placement, if any
     * @param scores the latest administration of each instrument
     * @param clinicianId who drafts it: responsible for the therapy interventions until the plan says otherwise
     */
    public record Input(List<String> diagnoses, @Nullable Placement placement, List<Score> scores, LocalDate today,
            LocalDate plannedEnd, BigDecimal weeklyHours, LocalDate admittedOn, @Nullable UUID clinicianId,
            @Nullable String clinicianName) {

        public Input {
            diagnoses = List.copyOf(diagnoses);
            scores = List.copyOf(scores);
        }
    }

    /** The placement's dimensions that drove the level, and every dimension's rating. */
    public record Placement(List<String> drivers, Map<String, Integer> ratings) {}

    /** A screening result: instrument code (phq9, gad7, pcl5, audit, auditc, dast10, bam), total, cut-off, extras. */
    public record Score(String instrument, @Nullable Integer total, @Nullable Boolean positive,
            Map<String, Object> extras, LocalDate administeredOn) {}

    public static PlanContent draft(Input input) {
        Map<String, Draft> problems = new LinkedHashMap<>();
        for (String code : input.diagnoses()) {
            ProblemKind kind = kindOf(code);
            String key = kind == ProblemKind.SUBSTANCE_USE ? "substance " + prefix(code)
                    : kind == ProblemKind.OTHER ? "code " + code : kind.name();
            problems.putIfAbsent(key, new Draft(kind, code, kind.isSubstanceUse() ? substanceText(code) : kind.text));
        }
        for (Score score : input.scores()) {
            screening(score, input, problems);
        }
        if (input.placement() != null) {
            for (ProblemKind kind : placementKinds(input.placement())) {
                boolean covered = problems.values().stream().anyMatch(d -> d.kind == kind
                        || kind == ProblemKind.EMOTIONAL_HEALTH && d.kind.isMentalHealth());
                if (!covered) {
                    problems.put(kind.name(), new Draft(kind, null, kind.text));
                }
            }
        }
        List<PlanContent.Problem> drafted = problems.values().stream().map(d -> d.build(input)).toList();
        return new PlanContent(drafted, services(input, drafted));
    }

    /** The kind of problem a diagnosis code suggests. */
    static ProblemKind kindOf(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        if (c.startsWith("F32") || c.startsWith("F33") || c.startsWith("F34.1")) {
            return ProblemKind.DEPRESSION;
        }
        if (c.startsWith("F40") || c.startsWith("F41")) {
            return ProblemKind.ANXIETY;
        }
        if (c.startsWith("F43.1")) {
            return ProblemKind.TRAUMA;
        }
        if (c.startsWith("F30") || c.startsWith("F31")) {
            return ProblemKind.MOOD_INSTABILITY;
        }
        if (c.startsWith("F2")) {
            return ProblemKind.PSYCHOSIS;
        }
        if (c.startsWith("F11")) {
            return ProblemKind.OPIOID_USE;
        }
        if (isSubstanceCode(c)) {
            return ProblemKind.SUBSTANCE_USE;
        }
        return ProblemKind.OTHER;
    }

    /** F10 to F19: mental and behavioural disorders due to psychoactive substance use. */
    public static boolean isSubstanceCode(String code) {
        return code.length() >= 3 && code.toUpperCase(Locale.ROOT).startsWith("F1")
                && Character.isDigit(code.charAt(2));
    }

    private static String substanceText(String code) {
        return switch (prefix(code)) {
            case "F10" -> "Alcohol use";
            case "F11" -> "Opioid use";
            case "F12" -> "Cannabis use";
            case "F13" -> "Sedative, hypnotic or anxiolytic use";
            case "F14" -> "Cocaine use";
            case "F15" -> "Stimulant use";
            case "F16" -> "Hallucinogen use";
            case "F17" -> "Tobacco use";
            case "F18" -> "Inhalant use";
            default -> "Substance use";
        };
    }

    private static String prefix(String code) {
        return code.length() >= 3 ? code.substring(0, 3).toUpperCase(Locale.ROOT) : code;
    }

    private static void screening(Score s, Input input, Map<String, Draft> problems) {
        Integer total = s.total();
        String on = " (" + total + " at screening on " + s.administeredOn() + ")";
        LocalDate target = capped(input, start(input).plusDays(SCORE_OBJECTIVE_DAYS));
        switch (s.instrument().toLowerCase(Locale.ROOT)) {
            case "phq9" -> {
                if (total != null && total >= 10) {
                    symptom(problems, ProblemKind.DEPRESSION, "Depressive symptoms" + on,
                            "PHQ-9 below 10 by " + target + on, target);
                }
            }
            case "gad7" -> {
                if (total != null && total >= 10) {
                    symptom(problems, ProblemKind.ANXIETY, "Anxiety symptoms" + on, "GAD-7 below 10 by " + target + on,
                            target);
                }
            }
            case "pcl5" -> {
                if (total != null && total >= 33) {
                    symptom(problems, ProblemKind.TRAUMA, "Trauma-related symptoms" + on,
                            "PCL-5 below 33 by " + target + on, target);
                }
            }
            case "audit", "auditc", "dast10" -> {
                if (Boolean.TRUE.equals(s.positive()) || s.instrument().equalsIgnoreCase("audit") && total != null
                        && total >= 8 || s.instrument().equalsIgnoreCase("dast10") && total != null && total >= 3) {
                    substance(problems, s.instrument().toUpperCase(Locale.ROOT).replace("DAST10", "DAST-10")
                            .replace("AUDITC", "AUDIT-C") + " " + total + " on " + s.administeredOn(), target);
                }
            }
            case "bam" -> {
                if (s.extras().get("use") instanceof Number use && use.intValue() > 0) {
                    substance(problems, "BAM use score " + use + " on " + s.administeredOn(), target);
                }
            }
            default -> {
                // other instruments do not suggest a problem
            }
        }
    }

    private static void symptom(Map<String, Draft> problems, ProblemKind kind, String text, String objective,
            LocalDate target) {
        Draft draft = problems.values().stream().filter(d -> d.kind == kind).findFirst().orElseGet(() -> {
            Draft made = new Draft(kind, null, text);
            problems.put(kind.name(), made);
            return made;
        });
        draft.objectives.add(new Suggested(objective, target));
    }

    private static void substance(Map<String, Draft> problems, String because, LocalDate target) {
        Draft draft = problems.values().stream().filter(d -> d.kind.isSubstanceUse()).findFirst().orElseGet(() -> {
            Draft made = new Draft(ProblemKind.SUBSTANCE_USE, null, "Substance use (" + because + ")");
            problems.put("substance screening", made);
            return made;
        });
        String objective = "No alcohol or drug use reported on the BAM for 4 weeks in a row by " + target;
        if (draft.objectives.stream().noneMatch(o -> o.text.startsWith("No alcohol or drug use"))) {
            draft.objectives.add(new Suggested(objective, target));
        }
    }

    private static Set<ProblemKind> placementKinds(Placement placement) {
        Set<String> dimensions = new LinkedHashSet<>(placement.drivers());
        placement.ratings().forEach((dimension, rating) -> {
            if (rating != null && rating >= HIGH_RATING) {
                dimensions.add(dimension);
            }
        });
        Set<ProblemKind> kinds = new LinkedHashSet<>();
        for (String dimension : dimensions) {
            dimensionKind(dimension).ifPresent(kinds::add);
        }
        return kinds;
    }

    /** The problem a placement dimension (mental health framework, or ASAM-style d1 to d6) suggests. */
    static Optional<ProblemKind> dimensionKind(String dimension) {
        return Optional.ofNullable(switch (dimension) {
            case "riskOfHarm" -> ProblemKind.SAFETY;
            case "functionalStatus" -> ProblemKind.FUNCTIONING;
            case "environmentStress" -> ProblemKind.STRESS;
            case "environmentSupport" -> ProblemKind.SUPPORT;
            case "treatmentHistory", "engagement" -> ProblemKind.ENGAGEMENT;
            case "d1" -> ProblemKind.WITHDRAWAL;
            case "d2" -> ProblemKind.PHYSICAL_HEALTH;
            case "d3" -> ProblemKind.EMOTIONAL_HEALTH;
            case "d4" -> ProblemKind.READINESS;
            case "d5" -> ProblemKind.RELAPSE;
            case "d6" -> ProblemKind.RECOVERY_ENVIRONMENT;
            default -> null; // comorbidity is in the diagnoses; candidacy answers suggest no problem of their own
        });
    }

    /** Objectives count from today, or from the admission when the client has yet to start. */
    private static LocalDate start(Input input) {
        return input.today().isBefore(input.admittedOn()) ? input.admittedOn() : input.today();
    }

    private static LocalDate capped(Input input, LocalDate date) {
        LocalDate latest = input.plannedEnd().isBefore(start(input)) ? start(input) : input.plannedEnd();
        return date.isAfter(latest) ? latest : date;
    }

    /** Type, amount, frequency and duration: IOP days of about three hours, as many as the weekly hours need. */
    private static PlanContent.Services services(Input input, List<PlanContent.Problem> problems) {
        BigDecimal hours = input.weeklyHours();
        int days = hours.compareTo(BigDecimal.valueOf(12)) <= 0 ? 3 : hours.compareTo(BigDecimal.valueOf(16)) <= 0 ? 4 : 5;
        BigDecimal perDay = hours.divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP).stripTrailingZeros();
        Set<Modality> used = new LinkedHashSet<>();
        problems.forEach(p -> p.interventions().forEach(i -> used.add(i.modality())));
        StringBuilder types = new StringBuilder("Group psychotherapy, individual therapy, psychoeducation");
        if (used.contains(Modality.FAMILY_THERAPY)) {
            types.append(", family therapy");
        }
        if (used.contains(Modality.MEDICATION_MANAGEMENT)) {
            types.append(", medication management");
        }
        if (used.contains(Modality.CASE_MANAGEMENT)) {
            types.append(", case management");
        }
        return new PlanContent.Services(types.toString(), perDay.toPlainString() + " hours a day",
                days + " days a week", hours, input.admittedOn(), input.plannedEnd());
    }

    private record Suggested(String text, LocalDate target) {}

    /** A problem being drafted. */
    private static final class Draft {
        final ProblemKind kind;
        final @Nullable String code;
        final String text;
        final List<Suggested> objectives = new ArrayList<>();

        Draft(ProblemKind kind, @Nullable String code, String text) {
            this.kind = kind;
            this.code = code;
            this.text = text;
        }

        PlanContent.Problem build(Input input) {
            List<PlanContent.Objective> built = new ArrayList<>();
            objectives.forEach(o -> built.add(new PlanContent.Objective(null, o.text(), o.target(),
                    ObjectiveProgress.NOT_STARTED, null)));
            if (built.isEmpty()) {
                built.add(new PlanContent.Objective(null, kind.objective, capped(input,
                        start(input).plusDays(kind.objectiveDays)), ObjectiveProgress.NOT_STARTED, null));
            }
            List<PlanContent.Intervention> interventions = kind.interventions.stream()
                    .map(step -> step.modality() == Modality.MEDICATION_MANAGEMENT
                            // a prescriber is named when the physician signs or the clinician assigns one
                            ? new PlanContent.Intervention(step.modality(), step.frequency(), null, null, null)
                            : new PlanContent.Intervention(step.modality(), step.frequency(), input.clinicianId(),
                                    input.clinicianName(), null))
                    .toList();
            return new PlanContent.Problem(code, text, kind.goal, built, interventions);
        }
    }
}
