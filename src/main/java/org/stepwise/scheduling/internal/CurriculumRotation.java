package org.stepwise.scheduling.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.IsoWeek;

/**
 * Which curriculum topic each rotating block of a week takes. The topics run block by block through the week and on
 * into the next, so that a client attending every rotating session meets every topic in turn. The index depends only
 * on the week, the block's place in the week and the sizes, so generating the same week again gives the same titles.
 * (Adding or removing a rotating block or a topic restarts the cycle from that week on.)
 */
public final class CurriculumRotation {

    /** Weeks are counted from this Monday (1 January 2024). */
    static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    public static final int MAX_TITLE = 160;

    private CurriculumRotation() {}

    /**
     * The topic index of a week's {@code block}-th rotating block (0-based), for {@code blocksPerWeek} rotating blocks
     * and {@code topics} topics.
     */
    public static int topicIndex(IsoWeek week, int block, int blocksPerWeek, int topics) {
        if (topics <= 0 || blocksPerWeek <= 0 || block < 0 || block >= blocksPerWeek) {
            throw new IllegalArgumentException("block " + block + " of " + blocksPerWeek + ", " + topics + " topics");
        }
        long weeks = ChronoUnit.WEEKS.between(EPOCH, week.monday());
        return (int) Math.floorMod(weeks * blocksPerWeek + block, (long) topics);
    }

    /** The topics of the week's rotating blocks, in block order; blank ones when the curriculum is empty. */
    public static List<String> topicsOfWeek(IsoWeek week, int blocksPerWeek, List<String> topics) {
        if (topics.isEmpty()) {
            return Collections.nCopies(blocksPerWeek, "");
        }
        return IntStream.range(0, blocksPerWeek)
                .mapToObj(i -> topics.get(topicIndex(week, i, blocksPerWeek, topics.size())))
                .toList();
    }

    /** "Group therapy: Relapse prevention", shortened to fit a session title; the type's name alone without a topic. */
    public static String title(String typeName, @Nullable String topic) {
        String title = topic == null || topic.isBlank() ? typeName : typeName + ": " + topic;
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }
}
