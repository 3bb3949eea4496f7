package org.stepwise.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stepwise.demo.SyntheticClinic;
import org.stepwise.demo.SyntheticClinic.CareTeamMember;
import org.stepwise.demo.SyntheticClinic.Staff;
import org.stepwise.shared.ClientId;

class DemoClinicCaseloadTests {

    @Test
    void isTheSameClinicForTheSameDay() {
        LocalDate day = LocalDate.of(2026, 5, 4);

        assertThat(DemoClinic.build(day)).isEqualTo(DemoClinic.build(day));
    }

    @Test
    void keepsCareTeamsToThreeDistinctStaffWithOnePrimaryClinician() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2026, 1, 15)); day = day.plusDays(1)) {
            SyntheticClinic clinic = DemoClinic.build(day);
            Map<ClientId, List<CareTeamMember>> teams = clinic.careTeamMembers().stream()
                    .collect(Collectors.groupingBy(CareTeamMember::client));

            assertThat(teams.values()).allSatisfy(team -> {
                assertThat(team).hasSizeBetween(1, 3);
                assertThat(team).extracting(CareTeamMember::staff).doesNotHaveDuplicates();
                assertThat(team).extracting(CareTeamMember::roleOnTeam).containsOnlyOnce("Primary clinician");
            });
            for (String username : List.of("clinician", "prescriber", "nurse", "casemanager")) {
                Staff named = clinic.staffNamed(username).orElseThrow();
                assertThat(clinic.caseloadOf(named.id())).as(username + " on " + day).hasSizeGreaterThanOrEqualTo(8);
            }
            Staff clinician = clinic.staffNamed("clinician").orElseThrow();
            assertThat(clinic.activeClients().size() - clinic.caseloadOf(clinician.id()).size())
                    .isGreaterThanOrEqualTo(5);
        }
    }
}
