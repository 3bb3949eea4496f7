package org.stepwise.aftercare;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/**
 * An episode's aftercare plan with every version (oldest first), the copies handed out and the referrals sent.
 *
 * @param lockVersion the optimistic lock: a save or review sends the one it read
 * @param part2 the episode is a substance use treatment record (42 CFR Part 2): its prints carry the redisclosure
 *     notice and its disclosures need a Part 2 consent
 */
public record AftercarePlan(UUID id, EpisodeId episode, ClientId client, int lockVersion, boolean part2,
        List<AftercareVersion> versions, List<Handout> handouts, List<ReferralOut> referrals) {

    public AftercarePlan {
        versions = List.copyOf(versions);
        handouts = List.copyOf(handouts);
        referrals = List.copyOf(referrals);
    }

    public Optional<AftercareVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<AftercareVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }
}
