package org.stepwise.careplan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/**
 * A client's treatment plan for one episode of care, with every version (oldest first) and every review (newest
 * first).
 *
 * @param version the optimistic lock over the whole plan: every edit, signature and review moves it on; a save must
 *     name the one it read
 * @param part2 the plan is a record of substance use treatment (42 CFR Part 2): the program treats substance use, or
 *     a diagnosis is F10 to F19
 */
public record TreatmentPlan(UUID id, EpisodeId episode, ClientId client, int version, List<PlanVersion> versions,
        List<PlanReview> reviews, ReviewDue reviewDue, boolean part2) {

    public TreatmentPlan {
        versions = List.copyOf(versions);
        reviews = List.copyOf(reviews);
    }

    /** The newest version, draft or signed; empty only for a plan made outside the careplan pages (tests). */
    public Optional<PlanVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    /** The newest version that all three have signed. */
    public Optional<PlanVersion> inEffect() {
        return versions.stream().filter(PlanVersion::inEffect).max(Comparator.comparingInt(PlanVersion::number));
    }

    public Optional<PlanVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** The version numbered so, for a page or request that names it: not found when the plan has none such. */
    public PlanVersion requireVersion(int number) {
        return version(number).orElseThrow(() -> new NotFoundException("The plan has no version " + number + "."));
    }
}
