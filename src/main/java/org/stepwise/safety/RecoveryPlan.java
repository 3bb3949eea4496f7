package org.stepwise.safety;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stepwise.shared.ClientId;

/**
 * A client's safety plan or relapse prevention plan with every version, oldest first.
 *
 * @param lockVersion the optimistic lock: an edit or signature sends the one it read
 * @param part2 the plan is part of a substance use treatment record (42 CFR Part 2): the client's program treats
 *     substance use, or a diagnosis is F10 to F19; its prints carry the redisclosure notice
 */
public record RecoveryPlan(UUID id, ClientId client, RecoveryPlanKind kind, int lockVersion,
        List<RecoveryPlanVersion> versions, boolean part2) {

    public RecoveryPlan {
        versions = List.copyOf(versions);
    }

    public Optional<RecoveryPlanVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    public Optional<RecoveryPlanVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** The newest version both the client and the clinician signed. */
    public Optional<RecoveryPlanVersion> inEffect() {
        return versions.reversed().stream().filter(RecoveryPlanVersion::inEffect).findFirst();
    }
}
