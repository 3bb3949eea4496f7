package org.stepwise.careplan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.stepwise.careplan.PlanReview;
import org.stepwise.careplan.PlanVersion;
import org.stepwise.careplan.ReviewDue;
import org.stepwise.careplan.TreatmentPlan;
import org.stepwise.careplan.rules.ReviewSchedule;
import org.stepwise.consents.Part2Records;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Program;

/** Reads a plan's versions and reviews and works out what follows from them: the next review, the Part 2 marker. */
@Component
public class PlanAssembler {

    private final PlanStore plans;
    private final ReviewStore reviews;
    private final Organisation organisation;
    private final Clock clock;

    PlanAssembler(PlanStore plans, ReviewStore reviews, Organisation organisation, Clock clock) {
        this.plans = plans;
        this.reviews = reviews;
        this.organisation = organisation;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public TreatmentPlan assemble(PlanStore.PlanRow row, EpisodeView episode) {
        List<PlanVersion> versions = plans.versions(row.id());
        List<PlanReview> done = reviews.forPlan(row.id());
        Program program = organisation.program(episode.program());
        LocalDate firstInEffect = versions.stream().map(PlanVersion::effectiveOn).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        LocalDate lastReview = done.isEmpty() ? null : done.getFirst().reviewedOn();
        ReviewDue due = ReviewSchedule.next(episode.admittedOn(), firstInEffect, lastReview, program.planReviewDays(),
                today());
        return new TreatmentPlan(row.id(), row.episode(), row.client(), row.version(), versions, done, due,
                Part2Records.applies(program.kind(), episode.diagnoses()));
    }
}
