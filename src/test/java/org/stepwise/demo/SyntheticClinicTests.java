package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stepwise.demo.SyntheticClinic.CareTeamMember;
import org.stepwise.demo.SyntheticClinic.Client;
import org.stepwise.demo.SyntheticClinic.Credential;
import org.stepwise.demo.SyntheticClinic.ProgramKind;
import org.stepwise.demo.SyntheticClinic.Staff;
import org.stepwise.demo.SyntheticClinic.SupportPerson;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;

class SyntheticClinicTests {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 16);
    private static final SyntheticClinic CLINIC = SyntheticClinic.generate(ClinicSpec.of(7, 500, 6, AS_OF));

    @Test
    void theSameSeedGivesTheSameClinicDownToTheIds() {
        SyntheticClinic again = SyntheticClinic.generate(ClinicSpec.of(7, 500, 6, AS_OF));

        assertThat(again).isEqualTo(CLINIC);
        assertThat(again.clients().getFirst().id()).isEqualTo(CLINIC.clients().getFirst().id());
    }

    @Test
    void differentSeedsGiveDifferentClinics() {
        SyntheticClinic other = SyntheticClinic.generate(ClinicSpec.of(8, 500, 6, AS_OF));

        assertThat(other.clients()).hasSameSizeAs(CLINIC.clients());
        assertThat(names(other)).isNotEqualTo(names(CLINIC));
        assertThat(other.clients().stream().map(Client::id)).doesNotContainAnyElementsOf(
                CLINIC.clients().stream().map(Client::id).toList());
    }

    @Test
    void hasTheRequestedNumberOfActiveClientsPlusACoupleOfDeletedDuplicates() {
        for (int size : List.of(10, 40, 500, 2500)) {
            SyntheticClinic clinic = SyntheticClinic.generate(ClinicSpec.of(size, size, 6, AS_OF));
            assertThat(clinic.activeClients()).as("active clients of a %d-client clinic", size).hasSize(size);
            assertThat(clinic.clients().size() - size).as("duplicates").isBetween(2, Math.max(2, size / 1000));
        }
    }

    @Test
    void scalesStaffToAboutOneClinicianForTwelveClientsWithEveryRole() {
        for (int size : List.of(40, 500, 2400)) {
            SyntheticClinic clinic = SyntheticClinic.generate(ClinicSpec.of(1, size, 6, AS_OF));
            Map<Role, Long> active = clinic.staff().stream().filter(Staff::active)
                    .collect(Collectors.groupingBy(Staff::role, Collectors.counting()));

            assertThat(active.keySet()).containsExactlyInAnyOrder(Role.values());
            assertThat(active.get(Role.CLINICIAN)).isEqualTo((size + 11) / 12);
            assertThat(active.get(Role.ADMINISTRATOR)).isEqualTo(1);
            assertThat(active.get(Role.PROGRAM_DIRECTOR)).isEqualTo(2);
            assertThat(active.get(Role.CASE_MANAGER)).isGreaterThanOrEqualTo(size / 30);
            assertThat(active.get(Role.PRESCRIBER)).isLessThan(active.get(Role.CLINICIAN));
        }
    }

    @Test
    void everySiteHasADirectorAndEveryCareTeamRole() {
        for (var site : CLINIC.sites()) {
            Set<Role> roles = CLINIC.staff().stream().filter(s -> site.id().equals(s.site())).map(Staff::role)
                    .collect(Collectors.toSet());
            assertThat(roles).contains(Role.PROGRAM_DIRECTOR, Role.CLINICIAN, Role.PRESCRIBER, Role.NURSE,
                    Role.CASE_MANAGER, Role.INTAKE_COORDINATOR, Role.FRONT_DESK);
        }
        assertThat(CLINIC.staff().stream().filter(s -> s.role() == Role.PROGRAM_DIRECTOR)).hasSize(2);
    }

    @Test
    void hasThreeProgramsOfIopIntensityEachWithADayAndAnEveningTrack() {
        assertThat(CLINIC.sites()).hasSize(2);
        assertThat(CLINIC.programs()).extracting(SyntheticClinic.Program::kind)
                .containsExactlyInAnyOrder(ProgramKind.values());
        for (var program : CLINIC.programs()) {
            assertThat(program.defaultWeeklyHours()).isBetween(new BigDecimal("9"), new BigDecimal("19"));
            assertThat(program.defaultLengthDays()).isBetween(14, 366);
            assertThat(CLINIC.tracks().stream().filter(t -> t.program().equals(program.id())))
                    .extracting(SyntheticClinic.Track::period)
                    .containsExactlyInAnyOrder(SyntheticClinic.Period.DAY, SyntheticClinic.Period.EVENING);
        }
        for (var site : CLINIC.sites()) {
            assertThat(CLINIC.rooms().stream().filter(r -> r.site().equals(site.id())))
                    .extracting(SyntheticClinic.Room::capacity)
                    .allSatisfy(capacity -> assertThat(capacity).isBetween(1, 200))
                    .anySatisfy(capacity -> assertThat(capacity).isGreaterThanOrEqualTo(8));
        }
    }

    @Test
    void clientsAreRegisteredAtBusinessHoursOverTheMonthsOfHistoryInRecordNumberOrder() {
        Instant start = AS_OF.minusMonths(6).atStartOfDay(ClinicSpec.DEFAULT_ZONE).toInstant();
        Instant end = AS_OF.atStartOfDay(ClinicSpec.DEFAULT_ZONE).toInstant();
        List<Instant> created = CLINIC.clients().stream().map(Client::createdAt).toList();

        assertThat(created).isSorted().allSatisfy(at -> assertThat(at).isBetween(start, end));
        assertThat(created.getFirst()).isBefore(start.plus(java.time.Duration.ofDays(14)));
        assertThat(created.getLast()).isAfter(end.minus(java.time.Duration.ofDays(14)));
        assertThat(CLINIC.clients()).allSatisfy(c -> assertThat(c.updatedAt()).isBetween(c.createdAt(), end));
    }

    @Test
    void peopleAreClearlySyntheticAndDiverse() {
        List<Client> clients = CLINIC.activeClients();

        assertThat(clients).extracting(Client::phone).filteredOn(p -> p != null)
                .allSatisfy(phone -> assertThat(phone).matches("\\(\\d{3}\\) 555-01\\d{2}"));
        assertThat(clients).extracting(Client::email).filteredOn(e -> e != null)
                .allSatisfy(email -> assertThat(email).matches("[a-z0-9._]+@example\\.org"));
        assertThat(CLINIC.staff()).extracting(Staff::email).allSatisfy(e -> assertThat(e).endsWith("@example.org"));
        assertThat(CLINIC.supportPeople()).extracting(SupportPerson::phone).filteredOn(p -> p != null)
                .allSatisfy(phone -> assertThat(phone).contains(" 555-01"));

        assertThat(distinct(clients, Client::preferredLanguage)).hasSizeGreaterThanOrEqualTo(6).contains("English",
                "Spanish");
        assertThat(clients).anyMatch(Client::interpreterNeeded);
        assertThat(distinct(clients, Client::familyName)).hasSizeGreaterThan(100);
        assertThat(distinct(clients, Client::pronouns)).contains("she/her", "he/him", "they/them");
        assertThat(clients).filteredOn(c -> c.preferredName() != null).hasSizeGreaterThan(5);
        assertThat(clients).filteredOn(c -> c.emergencyContact() != null).hasSizeGreaterThan(400);
    }

    @Test
    void clientsAreAdultsFrom18To75AndAFewAdolescents() {
        List<Integer> ages = CLINIC.activeClients().stream()
                .map(c -> Period.between(c.dateOfBirth(), AS_OF).getYears()).toList();

        assertThat(ages).allSatisfy(age -> assertThat(age).isBetween(13, 75));
        assertThat(ages.stream().filter(age -> age < 18).count()).isEqualTo(15);
        assertThat(ages.stream().filter(age -> age >= 18)).anyMatch(age -> age < 22).anyMatch(age -> age > 60);
    }

    @Test
    void supportNetworksHaveUpToFourPeopleAndAdolescentsAParent() {
        Map<ClientId, List<SupportPerson>> networks = CLINIC.supportPeople().stream()
                .collect(Collectors.groupingBy(SupportPerson::client));

        assertThat(networks.values()).allSatisfy(network -> {
            assertThat(network).hasSizeBetween(1, 4);
            assertThat(network).extracting(SupportPerson::position).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.range(0, network.size()).boxed().toList());
        });
        assertThat(networks.size()).isBetween(350, 470);
        assertThat(CLINIC.supportPeople()).anyMatch(SupportPerson::mayContact).anyMatch(p -> !p.mayContact());
        CLINIC.activeClients().stream()
                .filter(c -> Period.between(c.dateOfBirth(), AS_OF).getYears() < 18)
                .forEach(c -> assertThat(networks.get(c.id())).extracting(SupportPerson::relationship)
                        .containsAnyOf("Mother", "Father", "Legal guardian", "Grandmother"));
    }

    @Test
    void relationshipsFitTheClientsAge() {
        Map<ClientId, Client> clients = CLINIC.activeClients().stream()
                .collect(Collectors.toMap(Client::id, Function.identity()));
        Map<ClientId, List<String>> relationships = CLINIC.supportPeople().stream().collect(Collectors.groupingBy(
                SupportPerson::client, Collectors.mapping(SupportPerson::relationship, Collectors.toList())));

        relationships.forEach((client, network) -> {
            int age = Period.between(clients.get(client).dateOfBirth(), AS_OF).getYears();
            assertThat(network).doesNotHaveDuplicates();
            assertThat(network.containsAll(List.of("Spouse", "Partner"))).as("spouse and partner").isFalse();
            if (age < 38) {
                assertThat(network).doesNotContain("Adult daughter", "Adult son");
            }
            if (age < 18) {
                assertThat(network).doesNotContain("Spouse", "Partner", "Employer");
            }
        });
    }

    @Test
    void mostClientsHaveACareTeamOfOneToThreeActiveStaffButTheNewestReferralsNone() {
        Map<StaffId, Staff> staff = CLINIC.staff().stream().collect(Collectors.toMap(Staff::id, Function.identity()));
        Map<ClientId, List<CareTeamMember>> teams = CLINIC.careTeamMembers().stream()
                .collect(Collectors.groupingBy(CareTeamMember::client));
        List<Client> active = CLINIC.activeClients();

        assertThat(teams.values()).allSatisfy(team -> {
            assertThat(team).hasSizeBetween(1, 3);
            assertThat(team).extracting(CareTeamMember::roleOnTeam).containsOnlyOnce("Primary clinician");
            assertThat(team).extracting(m -> staff.get(m.staff())).allSatisfy(s -> {
                assertThat(s.active()).isTrue();
                assertThat(s.role().isCareTeamBound()).isTrue();
            });
        });
        assertThat(teams).hasSize(475);
        assertThat(active.subList(475, 500)).noneMatch(c -> teams.containsKey(c.id()));
        assertThat(CLINIC.careTeamMembers()).allSatisfy(m -> {
            Client client = active.stream().filter(c -> c.id().equals(m.client())).findFirst().orElseThrow();
            assertThat(m.addedAt()).isAfter(client.createdAt());
        });
    }

    @Test
    void caseloadsAreSpreadOverTheClinicians() {
        List<Integer> caseloads = CLINIC.staffWithRole(Role.CLINICIAN).stream().filter(Staff::active)
                .map(s -> CLINIC.caseloadOf(s.id()).size()).toList();

        assertThat(caseloads).allSatisfy(load -> assertThat(load).isBetween(5, 25));
    }

    @Test
    void duplicatesAreSoftDeletedWithAReasonNamingTheOriginal() {
        List<Client> deleted = CLINIC.clients().stream().filter(c -> c.deletion() != null).toList();

        assertThat(deleted).hasSize(2).allSatisfy(duplicate -> {
            var deletion = duplicate.deletion();
            Client original = CLINIC.clients().stream().filter(c -> c.id().equals(deletion.duplicateOf())).findFirst()
                    .orElseThrow();
            assertThat(original.deletion()).isNull();
            assertThat(duplicate.givenName()).isEqualTo(original.givenName());
            assertThat(duplicate.dateOfBirth()).isEqualTo(original.dateOfBirth());
            assertThat(duplicate.createdAt()).isAfter(original.createdAt());
            assertThat(deletion.at()).isAfter(duplicate.createdAt()).isBefore(AS_OF.atStartOfDay(
                    ClinicSpec.DEFAULT_ZONE).toInstant());
            assertThat(deletion.reason("SW-001234")).startsWith("Duplicate of SW-001234");
            assertThat(CLINIC.careTeamOf(duplicate.id())).isEmpty();
        });
    }

    @Test
    void licensedStaffHoldCredentialsSomeNeedingCosignatureAndAFewExpiringSoon() {
        Map<StaffId, List<Credential>> byStaff = CLINIC.credentials().stream()
                .collect(Collectors.groupingBy(Credential::staff));
        Set<String> keys = new HashSet<>();

        for (Staff member : CLINIC.staff()) {
            switch (member.role()) {
                case CLINICIAN, PRESCRIBER, NURSE, PROGRAM_DIRECTOR -> assertThat(byStaff).containsKey(member.id());
                case ADMINISTRATOR, BILLER, FRONT_DESK, INTAKE_COORDINATOR -> assertThat(byStaff).doesNotContainKey(
                        member.id());
                default -> { }
            }
        }
        assertThat(CLINIC.credentials()).allSatisfy(c -> {
            assertThat(keys.add(c.licenceType() + c.licenceNumber() + c.issuingState())).as("unique licence").isTrue();
            assertThat(c.expiresOn()).isAfter(AS_OF);
        });
        assertThat(CLINIC.credentials()).anyMatch(Credential::requiresCosignature)
                .anyMatch(c -> c.licenceType().equals("CADC-Associate") && c.requiresCosignature());
        assertThat(CLINIC.credentials()).filteredOn(c -> c.expiresOn().isBefore(AS_OF.plusDays(61))).isNotEmpty();
        assertThat(distinct(CLINIC.credentials(), Credential::licenceType)).contains("LCSW", "LPC", "LMFT", "RN");
    }

    @Test
    void staffUsernamesAreUniqueAndValid() {
        assertThat(distinct(CLINIC.staff(), Staff::username)).hasSameSizeAs(CLINIC.staff());
        assertThat(CLINIC.staff()).extracting(Staff::username)
                .allSatisfy(u -> assertThat(u).matches("^[a-z0-9._-]{3,40}$"));
    }

    @Test
    void clientsWithACareTeamAreAdmittedToATrackAtTheirHomeSiteWhileItHasRoom() {
        SyntheticClinic clinic = SyntheticClinic.generate(ClinicSpec.of(11, 300, 6, LocalDate.of(2026, 3, 16)));

        assertThat(clinic.episodes()).isNotEmpty();
        Map<ClientId, Client> clients = clinic.clients().stream().collect(Collectors.toMap(Client::id, c -> c));
        for (SyntheticClinic.Episode episode : clinic.episodes()) {
            SyntheticClinic.Track track = clinic.tracks().stream().filter(t -> t.id().equals(episode.track()))
                    .findFirst().orElseThrow();
            SyntheticClinic.Program program = clinic.programs().stream()
                    .filter(p -> p.id().equals(track.program())).findFirst().orElseThrow();
            assertThat(program.site()).isEqualTo(clients.get(episode.client()).homeSite());
            assertThat(episode.admittedOn()).isBefore(clinic.spec().asOf());
            assertThat(episode.plannedEnd()).isAfter(clinic.spec().asOf());
            assertThat(episode.weeklyHours()).isEqualTo(program.defaultWeeklyHours());
        }
        assertThat(clinic.episodes().stream().map(SyntheticClinic.Episode::client).distinct())
                .hasSameSizeAs(clinic.episodes());
        for (SyntheticClinic.Track track : clinic.tracks()) {
            assertThat(clinic.episodes().stream().filter(e -> e.track().equals(track.id())).count())
                    .isLessThanOrEqualTo(track.capacity());
        }
        assertThat(clinic.availabilities()).hasSameSizeAs(clinic.episodes());
    }

    @Test
    void trackTemplatesNeverBookAFacilitatorOrARoomTwiceAtOnce() {
        SyntheticClinic clinic = SyntheticClinic.generate(ClinicSpec.of(12, 300, 6, LocalDate.of(2026, 3, 16)));

        assertThat(clinic.templateBlocks()).isNotEmpty();
        Set<String> facilitatorTimes = new HashSet<>();
        Set<String> roomTimes = new HashSet<>();
        for (SyntheticClinic.TemplateBlock block : clinic.templateBlocks()) {
            String when = block.weekday() + " " + block.startsAt();
            assertThat(facilitatorTimes.add(block.facilitator() + when)).as("facilitator at " + when).isTrue();
            assertThat(roomTimes.add(block.room() + when)).as("room at " + when).isTrue();
        }
        assertThat(clinic.curriculumTopics().stream().map(SyntheticClinic.CurriculumTopic::track).distinct())
                .hasSameSizeAs(clinic.tracks());
    }

    @Test
    void refusesImpossibleSpecs() {
        assertThatThrownBy(() -> ClinicSpec.of(1, -1, 6, AS_OF)).hasMessageContaining("clients");
        assertThatThrownBy(() -> ClinicSpec.of(1, 10, 0, AS_OF)).hasMessageContaining("months");
        assertThatThrownBy(() -> ClinicSpec.of(1, 10, 6, AS_OF).withSites(0)).hasMessageContaining("sites");
    }

    private static List<String> names(SyntheticClinic clinic) {
        return clinic.clients().stream().map(c -> c.givenName() + " " + c.familyName()).toList();
    }

    private static <T> Set<String> distinct(List<T> items, Function<T, String> field) {
        return items.stream().map(field).filter(v -> v != null).collect(Collectors.toSet());
    }
}
