package org.stepwise.careplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The whole content of one version of a treatment plan, as it is signed: the problems, each with its diagnosis, the
 * client's goal in their own words, measurable objectives and the interventions that serve it, and the services the
 * client receives (type, amount, frequency and duration, the elements Medicare asks of an IOP plan).
 */
public record PlanContent(List<Problem> problems, Services services) {

    public PlanContent {
        problems = List.copyOf(problems);
    }

    /**
     * A problem the plan addresses.
     *
     * @param code the ICD-10-CM code of the diagnosis it stems from, when there is one
     */
    public record Problem(@Nullable String code, String text, String goal, List<Objective> objectives,
            List<Intervention> interventions) {

        public Problem {
            objectives = List.copyOf(objectives);
            interventions = List.copyOf(interventions);
        }
    }

    /**
     * A measurable objective. Its id is the {@code plan_objective} row's, the same through every version; null only in
     * a submission, before the plan gives a new objective its id.
     *
     * @param comment what the last review said about it
     */
    public record Objective(@Nullable UUID id, String text, LocalDate targetDate, ObjectiveProgress progress,
            @Nullable String comment) {

        /** Met and discontinued objectives stay in the plan's record but are no longer worked on. */
        public boolean active() {
            return progress != ObjectiveProgress.MET && progress != ObjectiveProgress.DISCONTINUED;
        }

        public Objective withId(UUID newId) {
            return new Objective(newId, text, targetDate, progress, comment);
        }
    }

    /**
     * What the program does about a problem.
     *
     * @param frequency how often, in the clinician's words ("3×/week", "weekly individual session")
     * @param responsibleId the staff member responsible; null while not yet assigned (a prescriber to be named)
     * @param responsibleName their name when the version was saved, so that the signed content names the person
     */
    public record Intervention(Modality modality, String frequency, @Nullable UUID responsibleId,
            @Nullable String responsibleName, @Nullable String detail) {}

    /**
     * The services, as Medicare asks an IOP plan to state them. Weekly hours and the dates come from the episode of
     * care, not from the person editing the plan.
     *
     * @param types the types of service ("group psychotherapy, individual therapy, psychoeducation")
     * @param amount how much per day ("3 hours a day")
     * @param frequency how often ("3 days a week")
     */
    public record Services(String types, String amount, String frequency, BigDecimal weeklyHours, LocalDate startsOn,
            LocalDate endsOn) {

        public Services {
            // One scale for the hours, so that 9 and 9.0 hash alike.
            weeklyHours = weeklyHours.setScale(1, RoundingMode.HALF_UP);
        }
    }

    /** Every objective of the plan, problem by problem, in order. */
    public Stream<Objective> objectives() {
        return problems.stream().flatMap(p -> p.objectives().stream());
    }
}
