package org.stepwise.careplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.careplan.SignerRole;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Role;
import org.stepwise.today.DocumentationTask;

/** Which plan tasks the queue shows whom, on fixed days across month ends and leap years. */
class PlanDocumentationTasksTests {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private static QueueStore.Row row(LocalDate admitted, int ruleDays, @Nullable LocalDate inEffect,
            @Nullable LocalDate lastReview, SignerRole... signed) {
        return new QueueStore.Row(new ClientId(UUID.randomUUID()), "Robin Row", admitted, ruleDays,
                inEffect, lastReview, 1, Instant.parse("2027-12-01T15:00:00Z"), Set.copyOf(Arrays.asList(signed)));
    }

    private static List<DocumentationTask> reviews(QueueStore.Row row, Role role, boolean director, LocalDate today) {
        return PlanDocumentationTasks.tasks(List.of(row), role, director, today, ZONE, (key, args) -> key)
                .stream().map(PlanDocumentationTasks.Owed::task).filter(t -> t.kind().equals("careplan.task.review"))
                .toList();
    }

    @ParameterizedTest(name = "last review {0}, every {1} days, today {2}: listed {3}, overdue {4}")
    @CsvSource({
            "2027-12-31, 30, 2028-01-22, false, false",
            "2027-12-31, 30, 2028-01-23, true, false",
            "2027-12-31, 30, 2028-01-30, true, false",
            "2027-12-31, 30, 2028-01-31, true, true",
            "2027-12-31, 60, 2028-02-22, true, false",
            "2027-12-31, 60, 2028-03-01, true, true",
            "2026-12-31, 60, 2027-02-28, true, false",
            "2026-12-31, 60, 2027-03-01, true, true",
            "2028-01-31, 60, 2028-03-31, true, false",
            "2028-01-31, 60, 2028-04-01, true, true",
            "2028-01-31, 14, 2028-02-15, true, true",
    })
    void aClinicianSeesReviewsDueWithinAWeekOrOverdue(LocalDate lastReview, int days, LocalDate today,
            boolean listed, boolean overdue) {
        List<DocumentationTask> tasks = reviews(row(lastReview.minusDays(40), days, null, lastReview), Role.CLINICIAN,
                false, today);

        assertThat(tasks).hasSize(listed ? 1 : 0);
        tasks.forEach(t -> {
            assertThat(t.overdue()).isEqualTo(overdue);
            assertThat(t.since()).isEqualTo(t.due());
            assertThat(t.href()).endsWith("/plan/review");
        });
    }

    @Test
    void theDirectorSeesOnlyOverdueReviewsAndOthersNone() {
        QueueStore.Row dueSoon = row(LocalDate.parse("2028-01-01"), 30, null, null);
        LocalDate today = LocalDate.parse("2028-01-28");

        assertThat(reviews(dueSoon, Role.PROGRAM_DIRECTOR, true, today)).isEmpty();
        assertThat(reviews(dueSoon, Role.PROGRAM_DIRECTOR, true, today.plusDays(4))).singleElement()
                .satisfies(t -> assertThat(t.overdue()).isTrue());
        assertThat(reviews(dueSoon, Role.CASE_MANAGER, false, today)).hasSize(1);
        assertThat(reviews(dueSoon, Role.NURSE, false, today.plusDays(4))).isEmpty();
        assertThat(reviews(dueSoon, Role.PRESCRIBER, false, today.plusDays(4))).isEmpty();
    }

    @ParameterizedTest(name = "{0} signed {1}: {2}")
    @CsvSource({
            "CLINICIAN, '', careplan.task.signBoth",
            "CLINICIAN, CLIENT, careplan.task.signYours",
            "CLINICIAN, CLINICIAN, careplan.task.signClient",
            "CLINICIAN, CLIENT CLINICIAN, ''",
            "PRESCRIBER, '', ''",
            "PRESCRIBER, CLINICIAN, careplan.task.physicianWhat",
            "PRESCRIBER, CLINICIAN PHYSICIAN, ''",
            "CASE_MANAGER, '', ''",
    })
    void signaturesAreOwedByTheClinicianThenThePhysician(Role role, String signed, String expected) {
        SignerRole[] roles = signed.isBlank() ? new SignerRole[0]
                : Arrays.stream(signed.split(" ")).map(SignerRole::valueOf).toArray(SignerRole[]::new);
        QueueStore.Row row = row(LocalDate.parse("2027-12-01"), 30, null, null, roles);

        List<String> whats = PlanDocumentationTasks.tasks(List.of(row), role, false, LocalDate.parse("2027-12-02"),
                ZONE, (key, args) -> key).stream().map(o -> o.task().what()).toList();

        assertThat(whats).isEqualTo(expected.isBlank() ? List.of() : List.of(expected));
    }
}
