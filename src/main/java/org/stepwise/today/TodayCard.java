package org.stepwise.today;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One count on a role's Today page, linking to where the work is.
 *
 * @param title what is counted ("Break-glass accesses to review")
 * @param count how many
 * @param href where to act on them
 * @param attention true when a non-zero count needs someone today (shown highlighted)
 * @param items issue 7: the things counted, listed under the cards in a table of their own (the assignee's follow-ups,
 *     say); empty for a card that is only a count
 */
public record TodayCard(String title, long count, String href, boolean attention, List<Item> items) {

    public TodayCard {
        items = List.copyOf(items);
    }

    /** A card that is only a count. */
    public TodayCard(String title, long count, String href, boolean attention) {
        this(title, count, href, attention, List.of());
    }

    /**
     * One listed thing: who it is about (a link), what it is, when it is due, and whether it is late or needs more.
     *
     * @param flag a short warning shown beside it ("Re-engagement needed"), or null
     */
    public record Item(String label, String href, String what, @Nullable LocalDate due, boolean overdue,
            @Nullable String flag) {}
}
