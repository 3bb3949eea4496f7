package org.stepwise.staff;

import org.jspecify.annotations.Nullable;
import org.stepwise.shared.SiteId;

/**
 * A place where the clinic runs programs. {@code version} guards against concurrent edits.
 *
 * @param crisisLine the line clients are given first in a crisis (988 in the US)
 * @param otherCrisisLines further crisis lines, one per line ("Emergency: 911"); may be empty
 */
public record Site(SiteId id, String name, @Nullable String address, String timeZone, String crisisLine, int version,
        String otherCrisisLines) {

    /** A site with the default further line (emergency services, 911). */
    public Site(SiteId id, String name, @Nullable String address, String timeZone, String crisisLine, int version) {
        this(id, name, address, timeZone, crisisLine, version, SiteDetails.DEFAULT_OTHER_CRISIS_LINES);
    }

    // ----- crisis lines per site (issue 6, safety plans)

    /** Every crisis line of the site in order: the main one first, then the others, blank lines left out. */
    public java.util.List<String> crisisLines() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add(crisisLine);
        otherCrisisLines.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        return java.util.List.copyOf(lines);
    }
}
