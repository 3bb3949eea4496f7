package org.stepwise.discharge.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.aftercare.AftercareOutline;
import org.stepwise.episodes.CareLevels;
import org.stepwise.discharge.SummarySection;

/**
 * The summary's "Aftercare plan" section drafted from the episode's aftercare plan, as plain text the clinician may then
 * edit: one line per part of the plan that was written, parts left empty left out.
 */
public final class AftercareSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AftercareSection() {}

    public static String text(AftercareOutline plan) {
        List<String> lines = new ArrayList<>();
        line(lines, "Next level of care", plan.nextLevel() == null ? null
                : CareLevels.label(plan.nextLevel()));
        line(lines, "Provider", join(plan.providerName(), plan.providerPhone(), plan.providerAddress()));
        line(lines, "First appointment", plan.firstAppointment() == null ? null : WHEN.format(plan.firstAppointment()));
        plan.supportGroups().forEach(g -> line(lines, "Support group", g));
        line(lines, "Alumni group", plan.alumniGroup());
        line(lines, "Medications continued", join(plan.medicationsContinued(),
                plan.prescriber() == null ? null : "prescribed by " + plan.prescriber(), plan.refillPlan()));
        plan.referrals().forEach(r -> line(lines, "Referral", r));
        line(lines, "Safety plan", plan.safetyPlan());
        line(lines, "Crisis lines", plan.crisisLines().isEmpty() ? null : String.join("; ", plan.crisisLines()));
        line(lines, "Crisis plan", plan.crisisNotes());
        line(lines, "Reviewed with the client", plan.reviewedWithClientOn() == null ? null
                : plan.reviewedWithClientOn().toString());
        String text = "From the aftercare plan, version " + plan.versionNumber() + ":\n" + String.join("\n", lines);
        int most = SummarySection.MAX_LENGTH;
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }

    /**
     * The sections with the aftercare section drafted from the plan when the clinician has not written it yet; the
     * sections as they are otherwise.
     */
    public static Map<String, String> filledIn(Map<String, String> sections, Optional<AftercareOutline> plan) {
        String key = SummarySection.AFTERCARE.key();
        String written = sections.get(key);
        if (plan.isEmpty() || (written != null && !written.isBlank())) {
            return sections;
        }
        Map<String, String> filled = new HashMap<>(sections);
        filled.put(key, text(plan.get()));
        return Map.copyOf(filled);
    }

    private static void line(List<String> lines, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            lines.add("- " + label + ": " + value.strip());
        }
    }

    private static @Nullable String join(@Nullable String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.strip());
            }
        }
        return present.isEmpty() ? null : String.join(", ", present);
    }
}
