package org.stepwise.staff;

import java.util.List;

/** A site with its programs (each with its tracks) and its rooms. */
public record SiteOverview(Site site, List<ProgramOverview> programs, List<Room> rooms) {

    public record ProgramOverview(Program program, List<Track> tracks) {}
}
