package org.stepwise.today;

/**
 * One count on a role's Today page, linking to where the work is.
 *
 * @param title what is counted ("Break-glass accesses to review")
 * @param count how many
 * @param href where to act on them
 * @param attention true when a non-zero count needs someone today (shown highlighted)
 */
public record TodayCard(String title, long count, String href, boolean attention) {}
