package org.stepwise.audit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The verifier's verdict on the whole audit log.
 *
 * @param intact true when every row, every link and the chain head check out
 * @param rows how many rows, counted from the oldest, were found intact (all rows when {@code intact})
 * @param firstProblemSeq the sequence number at which the first problem shows, when not intact
 * @param kind what kind of problem it is, when not intact
 * @param problem the first problem in words an administrator understands, when not intact
 */
public record AuditVerification(boolean intact, long rows, @Nullable Long firstProblemSeq, @Nullable ChainProblem kind,
        @Nullable String problem) {

    public AuditVerification {
        if (intact != (kind == null) || intact != (problem == null) || intact != (firstProblemSeq == null)) {
            throw new IllegalArgumentException("an intact verdict has no problem; a broken one names its problem");
        }
    }

    public static AuditVerification intact(long rows) {
        return new AuditVerification(true, rows, null, null, null);
    }

    public static AuditVerification broken(long rowsIntact, long seq, ChainProblem kind, String problem) {
        return new AuditVerification(false, rowsIntact, seq, Objects.requireNonNull(kind), Objects.requireNonNull(problem));
    }

    /** One line for a console or a log. */
    public String summary() {
        if (intact) {
            return "Audit log intact: " + rows + (rows == 1 ? " row" : " rows") + " verified.";
        }
        return "Audit log NOT intact: " + kind.label().toLowerCase(java.util.Locale.ROOT) + " at row " + firstProblemSeq
                + ". " + problem + " (" + rows + (rows == 1 ? " row" : " rows") + " before it verified.)";
    }
}
