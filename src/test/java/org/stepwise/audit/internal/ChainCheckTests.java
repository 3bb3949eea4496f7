package org.stepwise.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.audit.AuditVerification;
import org.stepwise.audit.ChainProblem;

/** The verifier's rules on crafted rows, without a database. */
class ChainCheckTests {

    private static final Instant START = Instant.parse("2026-03-02T14:00:00.123456Z");

    /** A genuine chain of {@code n} rows, as the application writes it. */
    static List<AuditRow> chain(int n) {
        List<AuditRow> rows = new ArrayList<>();
        byte[] prev = AuditHash.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            AuditRow row = sealed(seq, START.plusSeconds(seq), "user" + (seq % 3), "CLINICIAN",
                    seq % 2 == 0 ? "0b7e2b5c-8a55-4f0e-9a8b-1c1f2e3d4c5b" : null, "VIEW", "client record " + seq,
                    seq % 4 == 0 ? null : "detail " + seq, "10.0.0." + seq, prev);
            rows.add(row);
            prev = row.hash();
        }
        return rows;
    }

    static AuditRow sealed(long seq, Instant at, String username, String role, @Nullable String client, String action,
            String subject, @Nullable String detail, @Nullable String address, byte[] prev) {
        return new AuditRow(seq, at, username, role, client, action, subject, detail, address, prev,
                AuditHash.of(seq, at, username, role, client, action, subject, detail, address, prev));
    }

    static AuditRow resealed(AuditRow r) {
        return sealed(r.seq(), r.occurredAt(), r.username(), r.role(), r.clientId(), r.action(), r.subject(), r.detail(),
                r.remoteAddress(), r.prevHash());
    }

    static AuditVerification check(List<AuditRow> rows, long headSeq, byte[] headHash) {
        ChainCheck check = new ChainCheck(headSeq, headHash);
        for (AuditRow row : rows) {
            if (!check.offer(row)) {
                break;
            }
        }
        return check.finish();
    }

    /** Checks rows against the head of the genuine chain they came from. */
    static AuditVerification check(List<AuditRow> rows, List<AuditRow> genuine) {
        AuditRow newest = genuine.getLast();
        return check(rows, newest.seq(), newest.hash());
    }

    @Test
    void aGenuineChainIsIntactWithItsRowCount() {
        List<AuditRow> rows = chain(10);
        AuditVerification verdict = check(rows, rows);
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.rows()).isEqualTo(10);
        assertThat(verdict.summary()).isEqualTo("Audit log intact: 10 rows verified.");
    }

    @Test
    void anEmptyLogWithAnEmptyHeadIsIntact() {
        assertThat(check(List.of(), 0, AuditHash.GENESIS)).isEqualTo(AuditVerification.intact(0));
    }

    static Stream<Arguments> alterations() {
        byte[] other = "x".repeat(32).getBytes(StandardCharsets.US_ASCII);
        List<Arguments> cases = new ArrayList<>();
        for (long seq : new long[] {1, 5, 10}) {
            cases.add(Arguments.of(seq, "username", (UnaryOperator<AuditRow>) r -> with(r, "mallory", r.role(), r.clientId(), r.action(), r.subject(), r.detail(), r.remoteAddress(), r.occurredAt(), r.prevHash(), r.hash())));
            cases.add(Arguments.of(seq, "role", (UnaryOperator<AuditRow>) r -> with(r, r.username(), "ADMINISTRATOR", r.clientId(), r.action(), r.subject(), r.detail(), r.remoteAddress(), r.occurredAt(), r.prevHash(), r.hash())));
            cases.add(Arguments.of(seq, "client", (UnaryOperator<AuditRow>) r -> with(r, r.username(), r.role(), r.clientId() == null ? "5d1e1a7e-0000-4000-8000-000000000001" : null, r.action(), r.subject(), r.detail(), r.remoteAddress(), r.occurredAt(), r.prevHash(), r.hash())));
            cases.add(Arguments.of(seq, "action", (UnaryOperator<AuditRow>) r -> with(r, r.username(), r.role(), r.clientId(), "SEARCH", r.subject(), r.detail(), r.remoteAddress(), r.occurredAt(), r.prevHash(), r.hash())));
            cases.add(Arguments.of(seq, "subject", (UnaryOperator<AuditRow>) r -> with(r, r.username(), r.role(), r.clientId(), r.action(), r.subject() + " ", r.detail(), r.remoteAddress(), r.occurredAt(), r.prevHash(), r.hash())));
            cases.add(Arguments.of(seq, "detail", (UnaryOperator<AuditRow>) r -> with(r, r.username(), r.role(), r.clientId(), r.action(), r.subject(), r.detail() == null ? "" : null, r.remoteAddress(), r.occurredAt(), r.prevHash(), r.hash())));
            cases.add(Arguments.of(seq, "address", (UnaryOperator<AuditRow>) r -> with(r, r.username(), r.role(), r.clientId(), r.action(), r.subject(), r.detail(), "192.168.1.1", r.occurredAt(), r.prevHash(), r.hash())));
            cases.add(Arguments.of(seq, "time", (UnaryOperator<AuditRow>) r -> with(r, r.username(), r.role(), r.clientId(), r.action(), r.subject(), r.detail(), r.remoteAddress(), r.occurredAt().plusNanos(1_000), r.prevHash(), r.hash())));
            cases.add(Arguments.of(seq, "link", (UnaryOperator<AuditRow>) r -> with(r, r.username(), r.role(), r.clientId(), r.action(), r.subject(), r.detail(), r.remoteAddress(), r.occurredAt(), other, r.hash())));
            cases.add(Arguments.of(seq, "hash", (UnaryOperator<AuditRow>) r -> with(r, r.username(), r.role(), r.clientId(), r.action(), r.subject(), r.detail(), r.remoteAddress(), r.occurredAt(), r.prevHash(), other)));
        }
        return cases.stream();
    }

    private static AuditRow with(AuditRow r, String username, String role, @Nullable String client, String action,
            String subject, @Nullable String detail, @Nullable String address, Instant at, byte[] prev, byte[] hash) {
        return new AuditRow(r.seq(), at, username, role, client, action, subject, detail, address, prev, hash);
    }

    @ParameterizedTest(name = "row {0}, {1} changed")
    @MethodSource("alterations")
    void anAlteredFieldIsFoundAtItsRow(long seq, String field, UnaryOperator<AuditRow> alter) {
        List<AuditRow> genuine = chain(10);
        List<AuditRow> rows = new ArrayList<>(genuine);
        rows.set((int) seq - 1, alter.apply(rows.get((int) seq - 1)));

        AuditVerification verdict = check(rows, genuine);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.kind()).isEqualTo(ChainProblem.ALTERED_ROW);
        assertThat(verdict.firstProblemSeq()).isEqualTo(seq);
        assertThat(verdict.rows()).isEqualTo(seq - 1);
        assertThat(verdict.problem()).startsWith("Row " + seq + " was altered");
    }

    @Test
    void aDeletedMiddleRowIsMissing() {
        List<AuditRow> genuine = chain(10);
        List<AuditRow> rows = new ArrayList<>(genuine);
        rows.remove(4);

        AuditVerification verdict = check(rows, genuine);

        assertThat(verdict.kind()).isEqualTo(ChainProblem.MISSING_ROW);
        assertThat(verdict.firstProblemSeq()).isEqualTo(5);
        assertThat(verdict.problem()).isEqualTo("Row 5 is missing: the log goes from row 4 to row 6. It was deleted.");
    }

    @Test
    void severalDeletedRowsAreNamedAsARange() {
        List<AuditRow> genuine = chain(10);
        List<AuditRow> rows = new ArrayList<>(genuine);
        rows.subList(2, 6).clear();

        AuditVerification verdict = check(rows, genuine);

        assertThat(verdict.kind()).isEqualTo(ChainProblem.MISSING_ROW);
        assertThat(verdict.firstProblemSeq()).isEqualTo(3);
        assertThat(verdict.problem()).startsWith("Rows 3 to 6 are missing");
    }

    @Test
    void aDeletedOldestRowIsMissing() {
        List<AuditRow> genuine = chain(10);
        AuditVerification verdict = check(genuine.subList(1, 10), genuine);
        assertThat(verdict.kind()).isEqualTo(ChainProblem.MISSING_ROW);
        assertThat(verdict.firstProblemSeq()).isEqualTo(1);
        assertThat(verdict.rows()).isZero();
    }

    @Test
    void deletedNewestRowsAreATruncatedTail() {
        List<AuditRow> genuine = chain(10);

        AuditVerification one = check(genuine.subList(0, 9), genuine);
        AuditVerification three = check(genuine.subList(0, 7), genuine);
        AuditVerification all = check(List.of(), genuine);

        assertThat(one.kind()).isEqualTo(ChainProblem.TRUNCATED_TAIL);
        assertThat(one.firstProblemSeq()).isEqualTo(10);
        assertThat(one.problem()).startsWith("Row 10, the newest row, is missing");
        assertThat(three.firstProblemSeq()).isEqualTo(8);
        assertThat(three.problem()).startsWith("Rows 8 to 10, the newest rows, are missing");
        assertThat(all.firstProblemSeq()).isEqualTo(1);
    }

    @Test
    void aForgedRowAfterTheHeadIsInsertedEvenWithAValidHash() {
        List<AuditRow> genuine = chain(10);
        List<AuditRow> rows = new ArrayList<>(genuine);
        rows.add(sealed(11, START.plusSeconds(11), "mallory", "ADMINISTRATOR", null, "LOGIN", "login", null, null,
                genuine.getLast().hash()));

        AuditVerification verdict = check(rows, genuine);

        assertThat(verdict.kind()).isEqualTo(ChainProblem.INSERTED_ROW);
        assertThat(verdict.firstProblemSeq()).isEqualTo(11);
        assertThat(verdict.rows()).isEqualTo(10);
    }

    @Test
    void aForgedRowInTheMiddleWithRenumberedSuccessorsIsInserted() {
        List<AuditRow> genuine = chain(10);
        List<AuditRow> rows = new ArrayList<>(genuine.subList(0, 4));
        AuditRow forged = sealed(5, START.plusSeconds(5), "mallory", "CLINICIAN", null, "VIEW", "alibi", null, null,
                genuine.get(3).hash());
        rows.add(forged);
        for (AuditRow r : genuine.subList(4, 10)) {
            rows.add(new AuditRow(r.seq() + 1, r.occurredAt(), r.username(), r.role(), r.clientId(), r.action(),
                    r.subject(), r.detail(), r.remoteAddress(), r.prevHash(), r.hash()));
        }
        // The forger even moves the head to the new last row.
        AuditRow last = rows.getLast();

        AuditVerification verdict = check(rows, last.seq(), last.hash());

        assertThat(verdict.kind()).isEqualTo(ChainProblem.INSERTED_ROW);
        assertThat(verdict.firstProblemSeq()).isEqualTo(5);
        assertThat(verdict.problem()).startsWith("Row 5 was inserted");
    }

    @Test
    void aForgedFirstRowIsInserted() {
        List<AuditRow> genuine = chain(3);
        List<AuditRow> rows = new ArrayList<>();
        rows.add(sealed(1, START, "mallory", "CLINICIAN", null, "VIEW", "alibi", null, null, AuditHash.GENESIS));
        for (AuditRow r : genuine) {
            rows.add(new AuditRow(r.seq() + 1, r.occurredAt(), r.username(), r.role(), r.clientId(), r.action(),
                    r.subject(), r.detail(), r.remoteAddress(), r.prevHash(), r.hash()));
        }
        AuditVerification verdict = check(rows, 4, rows.getLast().hash());
        assertThat(verdict.kind()).isEqualTo(ChainProblem.INSERTED_ROW);
        assertThat(verdict.firstProblemSeq()).isEqualTo(1);
    }

    @Test
    void swappingTwoRowsContentsIsFoundAtTheFirstOfThem() {
        List<AuditRow> genuine = chain(10);
        List<AuditRow> rows = new ArrayList<>(genuine);
        AuditRow third = genuine.get(2);
        AuditRow seventh = genuine.get(6);
        rows.set(2, new AuditRow(3, seventh.occurredAt(), seventh.username(), seventh.role(), seventh.clientId(),
                seventh.action(), seventh.subject(), seventh.detail(), seventh.remoteAddress(), seventh.prevHash(),
                seventh.hash()));
        rows.set(6, new AuditRow(7, third.occurredAt(), third.username(), third.role(), third.clientId(),
                third.action(), third.subject(), third.detail(), third.remoteAddress(), third.prevHash(), third.hash()));

        AuditVerification verdict = check(rows, genuine);

        assertThat(verdict.kind()).isEqualTo(ChainProblem.ALTERED_ROW);
        assertThat(verdict.firstProblemSeq()).isEqualTo(3);
    }

    @Test
    void aRowAlteredAndReHashedBreaksTheLinkOfTheNextRow() {
        List<AuditRow> genuine = chain(10);
        List<AuditRow> rows = new ArrayList<>(genuine);
        AuditRow fifth = genuine.get(4);
        rows.set(4, resealed(with(fifth, "mallory", fifth.role(), fifth.clientId(), fifth.action(), fifth.subject(),
                fifth.detail(), fifth.remoteAddress(), fifth.occurredAt(), fifth.prevHash(), fifth.hash())));

        AuditVerification verdict = check(rows, genuine);

        assertThat(verdict.kind()).isEqualTo(ChainProblem.BROKEN_LINK);
        assertThat(verdict.firstProblemSeq()).isEqualTo(6);
        assertThat(verdict.problem()).startsWith("Row 6 does not link to row 5");
    }

    @Test
    void theNewestRowAlteredAndReHashedNoLongerMatchesTheHead() {
        List<AuditRow> genuine = chain(10);
        List<AuditRow> rows = new ArrayList<>(genuine);
        AuditRow newest = genuine.get(9);
        rows.set(9, resealed(with(newest, newest.username(), newest.role(), newest.clientId(), "SEARCH",
                newest.subject(), newest.detail(), newest.remoteAddress(), newest.occurredAt(), newest.prevHash(),
                newest.hash())));

        AuditVerification verdict = check(rows, genuine);

        assertThat(verdict.kind()).isEqualTo(ChainProblem.HEAD_MISMATCH);
        assertThat(verdict.firstProblemSeq()).isEqualTo(10);
    }

    @Test
    void stopsReadingAtTheFirstProblem() {
        List<AuditRow> genuine = chain(10);
        List<AuditRow> rows = new ArrayList<>(genuine);
        rows.remove(2);
        ChainCheck check = new ChainCheck(10, genuine.getLast().hash());
        int offered = 0;
        for (AuditRow row : rows) {
            offered++;
            if (!check.offer(row)) {
                break;
            }
        }
        assertThat(offered).isEqualTo(4); // rows 1, 2, 4 and the look-ahead that showed the gap
        assertThat(check.finish().firstProblemSeq()).isEqualTo(3);
    }
}
