package org.stepwise.scheduling.optimizer.timefold;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.stepwise.scheduling.optimizer.ClientWeek;

/**
 * The order in which a client's options are listed in their value ranges. The construction heuristic takes the first
 * option that does not worsen the score, so this order is the first draft of the week: last week's groups first, then
 * one group per day in turn (a spread week), and among staff and parallel sessions a shuffled order, so clients do not
 * all crowd the first listed session or clinician. Shuffled with a seed from the client's id: the same week gives the
 * same draft.
 */
final class ValueOrder {

    private ValueOrder() {}

    static List<SessionFact> sessions(ClientWeek client, List<SessionFact> fitting) {
        List<SessionFact> shuffled = shuffled(fitting, client.clientId());
        Map<java.time.DayOfWeek, Integer> seenOnDay = new EnumMap<>(java.time.DayOfWeek.class);
        Map<SessionFact, Integer> roundOf = new IdentityHashMap<>();
        for (SessionFact session : shuffled) {
            roundOf.put(session, seenOnDay.merge(session.day(), 1, Integer::sum));
        }
        List<SessionFact> ordered = new ArrayList<>(shuffled);
        ordered.sort(Comparator.comparing((SessionFact s) -> !client.lastWeekSeries().contains(s.seriesId()))
                .thenComparing(roundOf::get));
        return List.copyOf(ordered);
    }

    static List<SlotFact> slots(ClientWeek client, List<SlotFact> fitting) {
        List<SlotFact> shuffled = shuffled(fitting, client.clientId());
        Map<UUID, Integer> seenOfStaff = new HashMap<>();
        Map<SlotFact, Integer> roundOf = new IdentityHashMap<>();
        for (SlotFact slot : shuffled) {
            roundOf.put(slot, seenOfStaff.merge(slot.staff().id(), 1, Integer::sum));
        }
        List<SlotFact> ordered = new ArrayList<>(shuffled);
        ordered.sort(Comparator.comparing((SlotFact s) -> !client.preferredStaff().contains(s.staff().id()))
                .thenComparing(roundOf::get));
        return List.copyOf(ordered);
    }

    private static <T> List<T> shuffled(List<T> items, UUID seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new java.util.Random(new SplittableRandom(seed.getLeastSignificantBits()).nextLong()));
        return copy;
    }
}
