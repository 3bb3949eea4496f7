package org.stepwise.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.audit.ClientLabels;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;

/** Before the client registry provides {@link ClientLabels}, the report filters by client id and shows ids. */
class AuditReportWithoutClientRegistryTests {

    private final AuditReport report = new AuditReport(mock(AuditEvents.class), mock(AuditLog.class),
            new DefaultListableBeanFactory().getBeanProvider(ClientLabels.class), Clock.systemUTC());

    @Test
    void acceptsAClientIdAndEveryOtherFilter() {
        ClientId client = ClientId.random();
        AuditCriteria criteria = report.criteria(
                new AuditFilter(" clinician ", client.toString(), "view", "2026-03-01", "2026-03-31"));

        assertThat(criteria).isEqualTo(new AuditCriteria("clinician", client, AuditAction.VIEW,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertThat(report.knowsRecordNumbers()).isFalse();
    }

    @Test
    void blankFieldsMeanNoFilter() {
        assertThat(report.criteria(new AuditFilter("", "  ", "", null, ""))).isEqualTo(AuditCriteria.all());
    }

    @Test
    void refusesARecordNumberAskingForTheId() {
        assertThatThrownBy(() -> report.criteria(new AuditFilter(null, "SW-001234", null, null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("clientId", "Enter the client's id: a UUID such as "
                                + "3f2b8c1e-0a4d-4e57-9b1a-6c2d8e9f0a1b."));
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        assertThatThrownBy(() -> report.criteria(new AuditFilter("x".repeat(101), "nope", "LOOK", "2026-02-29",
                "+2026-01-01")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("username", "clientId", "action", "from", "to"));
    }

    @Test
    void pageSizeAndPositionAreChecked() {
        assertThat(AuditReport.limit(null)).isEqualTo(50);
        assertThat(AuditReport.limit("500")).isEqualTo(500);
        assertThat(AuditReport.before(" 42 ")).isEqualTo(42L);
        assertThat(AuditReport.before("")).isNull();
        for (String bad : new String[] {"0", "501", "1e3", "-5", "99999999999999999999", "٥"}) {
            assertThatThrownBy(() -> AuditReport.limit(bad)).as(bad).isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> AuditReport.before("0")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aLineShowsTheIdWhenNoLabelIsKnownAndTheRoleInWords() {
        ClientId client = ClientId.random();
        ZonedDateTime at = ZonedDateTime.of(2026, 3, 4, 9, 5, 7, 0, ZoneId.of("Europe/Berlin"));
        AuditEventLine line = new AuditEventLine(7, at, "director", "PROGRAM_DIRECTOR", client, null, "VIEW",
                "client record", null, null);

        assertThat(line.clientShown()).isEqualTo(client.toString());
        assertThat(line.roleShown()).isEqualTo("Program director");
        assertThat(line.when()).isEqualTo("2026-03-04 09:05:07");
        assertThat(line.whenIso()).isEqualTo("2026-03-04T09:05:07+01:00");
    }
}
