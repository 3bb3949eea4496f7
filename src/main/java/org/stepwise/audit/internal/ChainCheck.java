package org.stepwise.audit.internal;

import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.stepwise.audit.AuditVerification;
import org.stepwise.audit.ChainProblem;

/**
 * Checks the audit chain one row at a time, in sequence order, holding only the last good row and one row of
 * look-ahead, so that a chain of any length is checked in constant memory. Plain Java: the caller feeds it rows.
 *
 * <p>The rules, applied to each row in turn, first failure wins: a row beyond the chain head was inserted; a
 * sequence number skipped means rows were deleted; a row whose successor links straight to its predecessor was
 * inserted; a row whose contents do not match its hash was altered; a row that does not link to its predecessor
 * shows that one of the two was replaced or re-hashed. After the last row: rows the head records but that are gone
 * were deleted from the end; a newest row that is not the head's was replaced.
 */
public final class ChainCheck {

    private final long headSeq;
    private final byte[] headHash;

    private long goodSeq;
    private byte[] goodHash = AuditHash.GENESIS;
    private @Nullable AuditRow pending;
    private @Nullable AuditVerification failure;

    /** @param headSeq and headHash: what {@code audit_chain_head} records as the newest row (0 and zeros when empty) */
    public ChainCheck(long headSeq, byte[] headHash) {
        this.headSeq = headSeq;
        this.headHash = headHash.clone();
    }

    /** Takes the next row in sequence order; returns false once a problem is found, when reading further is useless. */
    public boolean offer(AuditRow row) {
        if (failure != null) {
            return false;
        }
        AuditRow previous = pending;
        pending = row;
        if (previous != null) {
            judge(previous, row);
        }
        return failure == null;
    }

    /** The verdict, after the last row has been offered. */
    public AuditVerification finish() {
        if (failure == null && pending != null) {
            judge(pending, null);
            pending = null;
        }
        if (failure == null) {
            judgeHead();
        }
        return failure != null ? failure : AuditVerification.intact(goodSeq);
    }

    private void judge(AuditRow row, @Nullable AuditRow next) {
        long expected = goodSeq + 1;
        if (row.seq() > headSeq) {
            fail(row.seq(), ChainProblem.INSERTED_ROW, "Row " + row.seq() + " comes after row " + headSeq
                    + ", the newest row the application recorded writing: it was added to the table directly.");
        } else if (row.seq() != expected) {
            fail(expected, ChainProblem.MISSING_ROW, row.seq() == expected + 1
                    ? "Row " + expected + " is missing: the log goes from row " + goodSeq + " to row " + row.seq()
                            + ". It was deleted."
                    : "Rows " + expected + " to " + (row.seq() - 1) + " are missing: the log goes from row " + goodSeq
                            + " to row " + row.seq() + ". They were deleted.");
        } else if (next != null && next.seq() == row.seq() + 1 && same(next.prevHash(), goodHash)) {
            fail(row.seq(), ChainProblem.INSERTED_ROW, "Row " + row.seq() + " was inserted: the row after it links "
                    + "straight to " + describe(goodSeq) + ", so the rows after it were renumbered to make room.");
        } else if (!row.contentsMatchHash()) {
            fail(row.seq(), ChainProblem.ALTERED_ROW, "Row " + row.seq() + " was altered: its contents (who, when, "
                    + "client, action, subject, detail, address or link) no longer match the hash written with it.");
        } else if (!same(row.prevHash(), goodHash)) {
            fail(row.seq(), ChainProblem.BROKEN_LINK, "Row " + row.seq() + " does not link to " + describe(goodSeq)
                    + ": one of the two was replaced, or " + describe(goodSeq) + " was changed and its hash "
                    + "recomputed to hide it.");
        } else {
            goodSeq = row.seq();
            goodHash = row.hash();
        }
    }

    private void judgeHead() {
        if (goodSeq < headSeq) {
            long missing = goodSeq + 1;
            fail(missing, ChainProblem.TRUNCATED_TAIL, (missing == headSeq ? "Row " + headSeq + ", the newest row, is"
                    : "Rows " + missing + " to " + headSeq + ", the newest rows, are")
                    + " missing: the application recorded writing up to row " + headSeq + " but the log ends at row "
                    + goodSeq + ". They were deleted.");
        } else if (!same(goodHash, headHash)) {
            fail(headSeq, ChainProblem.HEAD_MISMATCH, "Row " + headSeq + ", the newest row, is not the row the "
                    + "application wrote: its hash differs from the one recorded in the chain head. It was replaced "
                    + "or re-hashed, or the chain head was changed.");
        }
    }

    private void fail(long seq, ChainProblem kind, String problem) {
        failure = AuditVerification.broken(goodSeq, seq, kind, problem);
    }

    private static String describe(long seq) {
        return seq == 0 ? "the start of the log" : "row " + seq;
    }

    private static boolean same(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
