package org.stepwise.followup;

/** The director's counts of follow-ups still needing someone: all, overdue, given to no one, needing re-engagement. */
public record FollowUpCounts(long open, long overdue, long unassigned, long reEngagement) {}
