package org.stepwise.careplan.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.careplan.PlanContent;

/**
 * What a plan must hold before it is saved: at least one problem, each with a goal, at least one measurable objective
 * with a target date and at least one intervention; the services stated; every text within its length. Errors are
 * keyed by the field's path ({@code problems[0].objectives[1].targetDate}), which the form and the API both use.
 */
public final class PlanRules {

    public static final int MAX_PROBLEMS = 12;
    public static final int MAX_OBJECTIVES = 10;
    public static final int MAX_INTERVENTIONS = 10;

    /** ICD-10-CM: a letter, two characters, then optionally a dot and one to four more (F33.1, F10.20, Z63.0). */
    private static final Pattern ICD10CM = Pattern.compile("[A-TV-Z][0-9][0-9AB](\\.[0-9A-Z]{1,4})?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private PlanRules() {}

    /** The problems with the content, by field path; empty when it may be saved. */
    public static Map<String, String> check(PlanContent content, LocalDate admittedOn) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<PlanContent.Problem> problems = content.problems();
        if (problems.isEmpty()) {
            errors.put("problems", "Add at least one problem, with a goal, an objective and an intervention.");
        } else if (problems.size() > MAX_PROBLEMS) {
            errors.put("problems", "A plan holds at most " + MAX_PROBLEMS + " problems; combine related ones.");
        }
        for (int i = 0; i < problems.size(); i++) {
            checkProblem(problems.get(i), "problems[" + i + "]", admittedOn, errors);
        }
        PlanContent.Services s = content.services();
        text(errors, "services.types", s.types(), 300, "Say which types of service the client receives "
                + "(for example group psychotherapy, individual therapy, psychoeducation).");
        text(errors, "services.amount", s.amount(), 120, "Say how much treatment a day (for example 3 hours a day).");
        text(errors, "services.frequency", s.frequency(), 120, "Say how often (for example 3 days a week).");
        return errors;
    }

    /** The ICD-10-CM shape, for a code typed by hand. */
    public static boolean isIcd10Cm(String code) {
        return ICD10CM.matcher(code).matches();
    }

    private static void checkProblem(PlanContent.Problem p, String path, LocalDate admittedOn,
            Map<String, String> errors) {
        if (p.code() != null && !isIcd10Cm(p.code())) {
            errors.put(path + ".code", "Enter an ICD-10-CM code such as F33.1 or F10.20, or leave it empty.");
        }
        text(errors, path + ".text", p.text(), 300, "Describe the problem.");
        text(errors, path + ".goal", p.goal(), 500, "Write the client's goal for this problem, in their own words.");
        if (p.objectives().isEmpty()) {
            errors.put(path + ".objectives", "Add at least one measurable objective with a target date.");
        } else if (p.objectives().size() > MAX_OBJECTIVES) {
            errors.put(path + ".objectives", "A problem holds at most " + MAX_OBJECTIVES + " objectives.");
        }
        for (int j = 0; j < p.objectives().size(); j++) {
            PlanContent.Objective o = p.objectives().get(j);
            String at = path + ".objectives[" + j + "]";
            text(errors, at + ".text", o.text(), 500, "Write the objective so that it can be measured.");
            if (o.targetDate().isBefore(admittedOn)) {
                errors.put(at + ".targetDate", "The target date cannot be before the admission (" + admittedOn + ").");
            } else if (o.targetDate().isAfter(admittedOn.plusYears(2))) {
                errors.put(at + ".targetDate", "Set a target date within two years of the admission.");
            }
            optional(errors, at + ".comment", o.comment(), 1000);
        }
        if (p.interventions().isEmpty()) {
            errors.put(path + ".interventions", "Add at least one intervention: what the program does about it.");
        } else if (p.interventions().size() > MAX_INTERVENTIONS) {
            errors.put(path + ".interventions", "A problem holds at most " + MAX_INTERVENTIONS + " interventions.");
        }
        for (int k = 0; k < p.interventions().size(); k++) {
            PlanContent.Intervention v = p.interventions().get(k);
            String at = path + ".interventions[" + k + "]";
            text(errors, at + ".frequency", v.frequency(), 60, "Say how often, for example 3×/week.");
            optional(errors, at + ".detail", v.detail(), 300);
        }
    }

    private static void text(Map<String, String> errors, String field, @Nullable String value, int max,
            String whenMissing) {
        if (value == null || value.isBlank()) {
            errors.putIfAbsent(field, whenMissing);
        } else {
            optional(errors, field, value, max);
        }
    }

    private static void optional(Map<String, String> errors, String field, @Nullable String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.putIfAbsent(field, "Keep this to " + max + " characters or fewer (it has " + value.length() + ").");
        } else if (CONTROL.matcher(value).find()) {
            errors.putIfAbsent(field, "Leave out control characters; type plain text.");
        }
    }
}
