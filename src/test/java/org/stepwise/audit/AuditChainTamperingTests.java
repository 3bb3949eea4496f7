package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.stepwise.audit.internal.AuditHash;
import org.stepwise.audit.internal.AuditRows;
import org.stepwise.audit.internal.VerifyAuditCommand;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.SignedIn;

/**
 * Tampering with the audit table directly in PostgreSQL, as a superuser who switches the append-only trigger off, is
 * found by the verifier at the right row. The verifier here reads in batches of three, so that every problem is also
 * found across batch boundaries.
 */
@AuditContextTest
class AuditChainTamperingTests {

    private static final int ROWS = 10;
    private static final ClientId CLIENT = ClientId.of("6f1c2b3a-4d5e-4f60-8a71-92b3c4d5e6f7");

    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired AuditRows rows;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MockMvc mvc;
    @Autowired StaffDirectory staff;
    @Autowired AuditTestConfiguration.SettableClock clock;

    AuditVerifier verifier;

    @BeforeEach
    void aGenuineChainOfTenRows() {
        emptyTheLog();
        verifier = new AuditVerifier(rows, transactions, 3);
        clock.set(Instant.parse("2026-03-02T15:00:00.000001Z"));
        for (int i = 1; i <= ROWS; i++) {
            clock.set(clock.instant().plusSeconds(61));
            audit.recordAs(i % 2 == 0 ? "nurse" : "clinician", i % 2 == 0 ? "NURSE" : "CLINICIAN",
                    i == 1 ? AuditAction.LOGIN : AuditAction.VIEW, i == 1 ? null : CLIENT, "client record",
                    "opened from search " + i);
        }
        clock.reset();
        assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(ROWS));
    }

    @AfterEach
    void leaveAnIntactLog() {
        emptyTheLog();
    }

    /** As a superuser may: switch the guards off, wipe the log and reset the head. */
    private void emptyTheLog() {
        withTriggersOff("DELETE FROM audit_event",
                "UPDATE audit_chain_head SET last_seq = 0, last_hash = decode(repeat('00', 32), 'hex')");
    }

    private void withTriggersOff(String... statements) {
        jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update").update();
        jdbc.sql("ALTER TABLE audit_chain_head DISABLE TRIGGER audit_chain_head_guard").update();
        try {
            for (String statement : statements) {
                jdbc.sql(statement).update();
            }
        } finally {
            jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update").update();
            jdbc.sql("ALTER TABLE audit_chain_head ENABLE TRIGGER audit_chain_head_guard").update();
        }
    }

    private void assertFound(ChainProblem kind, long seq) {
        AuditVerification verdict = verifier.verify();
        assertThat(verdict.intact()).as(verdict.summary()).isFalse();
        assertThat(verdict.kind()).as(verdict.summary()).isEqualTo(kind);
        assertThat(verdict.firstProblemSeq()).as(verdict.summary()).isEqualTo(seq);
        assertThat(verdict.rows()).isLessThan(seq);
    }

    static Stream<Arguments> changes() {
        return Stream.of(2L, 5L, 10L).flatMap(seq -> Stream.of(
                "username = 'mallory'",
                "role = 'ADMINISTRATOR'",
                "client_id = '00000000-0000-4000-8000-000000000000'",
                "client_id = NULL",
                "action = 'SEARCH'",
                "subject = 'nothing to see'",
                "detail = NULL",
                "detail = detail || ' '",
                "remote_address = '10.9.8.7'",
                "occurred_at = occurred_at + interval '1 microsecond'",
                "prev_hash = sha256('forged'::bytea)",
                "hash = sha256('forged'::bytea)").map(change -> Arguments.of(seq, change)));
    }

    @ParameterizedTest(name = "row {0}: SET {1}")
    @MethodSource("changes")
    void alteringAnyFieldOfAnyRowIsFoundAtThatRow(long seq, String change) {
        withTriggersOff("UPDATE audit_event SET " + change + " WHERE seq = " + seq);
        assertFound(ChainProblem.ALTERED_ROW, seq);
    }

    @Test
    void alteringTheFirstRowIsFound() {
        withTriggersOff("UPDATE audit_event SET username = 'mallory' WHERE seq = 1");
        assertFound(ChainProblem.ALTERED_ROW, 1);
    }

    @Test
    void deletingAMiddleRowIsFoundAsMissing() {
        withTriggersOff("DELETE FROM audit_event WHERE seq = 7");
        assertFound(ChainProblem.MISSING_ROW, 7);
        assertThat(verifier.verify().problem()).isEqualTo(
                "Row 7 is missing: the log goes from row 6 to row 8. It was deleted.");
    }

    @Test
    void deletingTheOldestRowIsFoundAsMissing() {
        withTriggersOff("DELETE FROM audit_event WHERE seq = 1");
        assertFound(ChainProblem.MISSING_ROW, 1);
    }

    @Test
    void deletingTheNewestRowIsFoundThroughTheChainHead() {
        withTriggersOff("DELETE FROM audit_event WHERE seq = " + ROWS);
        assertFound(ChainProblem.TRUNCATED_TAIL, ROWS);
    }

    @Test
    void renumberingARowIsFoundAsAGap() {
        withTriggersOff("UPDATE audit_event SET seq = 500 WHERE seq = 4");
        assertFound(ChainProblem.MISSING_ROW, 4);
    }

    @Test
    void aForgedRowAtTheEndWithoutMovingTheHeadIsFoundAsInserted() {
        byte[] newest = jdbc.sql("SELECT hash FROM audit_event WHERE seq = ?").param(ROWS).query(byte[].class).single();
        forge(ROWS + 1, newest);
        assertFound(ChainProblem.INSERTED_ROW, ROWS + 1);
    }

    @Test
    void aForgedRowInTheMiddleWithTheRowsAfterItRenumberedIsFoundAsInserted() {
        withTriggersOff("UPDATE audit_event SET seq = seq + 1000000 WHERE seq >= 5",
                "UPDATE audit_event SET seq = seq - 1000000 + 1 WHERE seq > 1000000");
        byte[] fourth = jdbc.sql("SELECT hash FROM audit_event WHERE seq = 4").query(byte[].class).single();
        forge(5, fourth);
        // The forger even moves the head to the new newest row; the head's guard lets that through because it exists.
        jdbc.sql("UPDATE audit_chain_head SET last_seq = 11, last_hash = (SELECT hash FROM audit_event WHERE seq = 11)")
                .update();

        assertFound(ChainProblem.INSERTED_ROW, 5);
    }

    @Test
    void swappingTwoRowsFieldsIsFoundAtTheFirstOfThem() {
        withTriggersOff("""
                UPDATE audit_event a SET occurred_at = b.occurred_at, username = b.username, role = b.role,
                       client_id = b.client_id, action = b.action, subject = b.subject, detail = b.detail,
                       remote_address = b.remote_address, prev_hash = b.prev_hash, hash = b.hash
                FROM audit_event b WHERE (a.seq = 3 AND b.seq = 8) OR (a.seq = 8 AND b.seq = 3)""");
        assertFound(ChainProblem.ALTERED_ROW, 3);
    }

    @Test
    void aRowAlteredAndReHashedIsFoundByTheNextRowsLink() {
        var sixth = rows.after(5, 1).getFirst();
        byte[] rehashed = AuditHash.of(6, sixth.occurredAt(), "mallory", sixth.role(), sixth.clientId(), sixth.action(),
                sixth.subject(), sixth.detail(), sixth.remoteAddress(), sixth.prevHash());
        withTriggersOff("UPDATE audit_event SET username = 'mallory', hash = decode('" + hex(rehashed)
                + "', 'hex') WHERE seq = 6");
        assertFound(ChainProblem.BROKEN_LINK, 7);
    }

    @Test
    void unusualTextIsStoredAsWrittenAndStillVerifies() {
        String emoji = "\uD83D\uDE00";
        audit.recordAs("nurse", "NURSE", AuditAction.SEARCH, null, "search \u0000 for Zoë", "ä".repeat(1999) + emoji);
        audit.recordAs("x".repeat(300), "", AuditAction.LOGIN_FAILED, null, "", null);

        assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(ROWS + 2));
        assertThat(jdbc.sql("SELECT subject FROM audit_event WHERE seq = ?").param(ROWS + 1).query(String.class).single())
                .isEqualTo("search \uFFFD for Zoë");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE seq = ?").param(ROWS + 1).query(String.class).single())
                .hasSize(1999).endsWith("ä");
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateAuditRows() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET username = 'mallory' WHERE seq = 3").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE seq = 3").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(ROWS));
    }

    @Test
    void theDatabaseRefusesToMoveTheChainHeadBackOrToARowThatIsNotThere() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain_head SET last_seq = 9, last_hash = "
                + "(SELECT hash FROM audit_event WHERE seq = 9)").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("only moves forward");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain_head SET last_seq = 11").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("existing audit row");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain_head").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_chain_head").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be deleted");

        assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(ROWS));
    }

    @Test
    void theApplicationKeepsAppendingAfterTheGuardsAreBackOn() {
        withTriggersOff();
        audit.recordAs("admin", "ADMINISTRATOR", AuditAction.ADMIN_CHANGE, null, "security policy", null);
        assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(ROWS + 1));
    }

    @Test
    void theCommandExitsZeroWhenIntactAndOneWhenNot() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        VerifyAuditCommand command = command(printed);
        command.run(new DefaultApplicationArguments(VerifyAuditCommand.ARGUMENT));
        assertThat(command.getExitCode()).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Audit log intact: 10 rows verified.");

        withTriggersOff("DELETE FROM audit_event WHERE seq = 3");
        printed.reset();
        command.run(new DefaultApplicationArguments(VerifyAuditCommand.ARGUMENT));
        assertThat(command.getExitCode()).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("NOT intact", "missing row at row 3");
    }

    @Test
    void theCommandDoesNothingWithoutItsArgument() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        VerifyAuditCommand command = command(printed);
        withTriggersOff("DELETE FROM audit_event WHERE seq = 3");
        command.run(new DefaultApplicationArguments());
        assertThat(command.getExitCode()).isZero();
        assertThat(printed.size()).isZero();
    }

    @Test
    void thePageAndTheApiReportTheFirstProblem() throws Exception {
        withTriggersOff("UPDATE audit_event SET detail = 'nothing happened' WHERE seq = 5");

        mvc.perform(get("/api/v1/audit/verification").with(SignedIn.as(staff, "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.firstProblemSeq").value(5))
                .andExpect(jsonPath("$.kind").value("ALTERED_ROW"))
                .andExpect(jsonPath("$.problem").value(org.hamcrest.Matchers.startsWith("Row 5 was altered")));
        mvc.perform(get("/audit/verify").with(SignedIn.as(staff, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("The audit log has been tampered with."),
                        org.hamcrest.Matchers.containsString("Row 5 was altered"),
                        org.hamcrest.Matchers.containsString("<dd id=\"verification-seq\">5</dd>"))));
    }

    @Test
    void thePageAndTheApiReportAnIntactLog() throws Exception {
        mvc.perform(get("/api/v1/audit/verification").with(SignedIn.as(staff, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"intact\":true,\"rows\":10}", org.springframework.test.json.JsonCompareMode.STRICT));
        mvc.perform(get("/audit/verify").with(SignedIn.as(staff, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The audit log is intact.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("10 rows checked")));
    }

    private VerifyAuditCommand command(ByteArrayOutputStream printed) {
        return new VerifyAuditCommand(verifier, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private void forge(long seq, byte[] prev) {
        Instant at = Instant.parse("2026-03-02T16:00:00Z");
        byte[] hash = AuditHash.of(seq, at, "mallory", "CLINICIAN", null, "VIEW", "alibi", null, null, prev);
        jdbc.sql("""
                INSERT INTO audit_event (seq, occurred_at, username, role, client_id, action, subject, detail,
                                         remote_address, prev_hash, hash)
                VALUES (?, ?, 'mallory', 'CLINICIAN', NULL, 'VIEW', 'alibi', NULL, NULL, ?, ?)""")
                .params(seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), prev, hash)
                .update();
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
