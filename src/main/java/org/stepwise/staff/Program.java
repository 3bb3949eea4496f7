package org.stepwise.staff;

import java.math.BigDecimal;
import java.util.List;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.SiteId;

/**
 * A program at a site, with the defaults an admission starts from.
 *
 * @param weeklyHours the default weekly hours of treatment (6 to 19; adult IOP is 9 to 19)
 * @param lengthOfStayDays the default planned length of stay in days (14 to 366)
 * @param planReviewDays how many days after the last review a client's treatment plan is due for review (7 to 60;
 *     careplan never lets it exceed two calendar months)
 * @param followUpDays issue 7: the days after discharge at which the program follows up (see {@link FollowUpDays})
 */
public record Program(ProgramId id, SiteId site, String name, ProgramKind kind, BigDecimal weeklyHours,
        int lengthOfStayDays, int planReviewDays, int version, List<Integer> followUpDays) {

    public Program {
        followUpDays = List.copyOf(followUpDays);
    }

    /** A program following up on the default days (7, 30 and 90 after discharge). */
    public Program(ProgramId id, SiteId site, String name, ProgramKind kind, BigDecimal weeklyHours,
            int lengthOfStayDays, int planReviewDays, int version) {
        this(id, site, name, kind, weeklyHours, lengthOfStayDays, planReviewDays, version, FollowUpDays.DEFAULT);
    }
}
