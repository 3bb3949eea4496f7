package org.stepwise.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.demo.internal.ClinicGenerator;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;

/**
 * A synthetic clinic, generated reproducibly from a {@link ClinicSpec}: the same spec always gives the same clinic, down
 * to the ids. Nothing in it is a real person: phones are in the fictional 555-01xx range, emails at example.org.
 * Plain Java (no Spring), so that benchmarks and tests can build one anywhere; {@link ClinicLoader} writes one into the
 * database. Each record mirrors a table of the schema; fields the schema lacks (a client's home site) are generator
 * context for later generators (episodes, schedules).
 */
public record SyntheticClinic(
        ClinicSpec spec,
        List<Site> sites,
        List<Program> programs,
        List<Track> tracks,
        List<Room> rooms,
        List<Staff> staff,
        List<Credential> credentials,
        List<Client> clients,
        List<SupportPerson> supportPeople,
        List<CareTeamMember> careTeamMembers,
        List<Episode> episodes,
        List<TemplateBlock> templateBlocks,
        List<CurriculumTopic> curriculumTopics,
        List<Availability> availabilities) {

    public SyntheticClinic {
        sites = List.copyOf(sites);
        programs = List.copyOf(programs);
        tracks = List.copyOf(tracks);
        rooms = List.copyOf(rooms);
        staff = List.copyOf(staff);
        credentials = List.copyOf(credentials);
        clients = List.copyOf(clients);
        supportPeople = List.copyOf(supportPeople);
        careTeamMembers = List.copyOf(careTeamMembers);
        episodes = List.copyOf(episodes);
        templateBlocks = List.copyOf(templateBlocks);
        curriculumTopics = List.copyOf(curriculumTopics);
        availabilities = List.copyOf(availabilities);
    }

    /** The same clinic with other staff, care teams and template blocks (the demo puts its named accounts in). */
    public SyntheticClinic withStaff(List<Staff> newStaff, List<Credential> newCredentials,
            List<CareTeamMember> newCareTeams, List<TemplateBlock> newBlocks) {
        return new SyntheticClinic(spec, sites, programs, tracks, rooms, newStaff, newCredentials, clients,
                supportPeople, newCareTeams, episodes, newBlocks, curriculumTopics, availabilities);
    }

    /** Generates the clinic the spec describes. */
    public static SyntheticClinic generate(ClinicSpec spec) {
        return ClinicGenerator.generate(spec);
    }

    /** Clients not soft-deleted. */
    public List<Client> activeClients() {
        return clients.stream().filter(c -> c.deletion() == null).toList();
    }

    public List<Staff> staffWithRole(Role role) {
        return staff.stream().filter(s -> s.role() == role).toList();
    }

    public Optional<Staff> staffNamed(String username) {
        return staff.stream().filter(s -> s.username().equals(username)).findFirst();
    }

    public List<CareTeamMember> careTeamOf(ClientId client) {
        return careTeamMembers.stream().filter(m -> m.client().equals(client)).toList();
    }

    /** The clients whose care team includes this staff member. */
    public List<ClientId> caseloadOf(StaffId staffMember) {
        return careTeamMembers.stream().filter(m -> m.staff().equals(staffMember)).map(CareTeamMember::client).toList();
    }

    public enum ProgramKind {
        MENTAL_HEALTH, SUBSTANCE_USE, CO_OCCURRING
    }

    public enum Period {
        DAY, EVENING
    }

    /** A site; {@code city}, {@code state} and {@code areaCode} shape the addresses and phones of its clients. */
    public record Site(SiteId id, String name, String address, String timezone, String crisisLine, String city,
            String state, String areaCode) {}

    public record Program(ProgramId id, SiteId site, String name, ProgramKind kind, BigDecimal defaultWeeklyHours,
            int defaultLengthDays) {}

    public record Track(TrackId id, ProgramId program, String name, Period period, int capacity) {}

    public record Room(RoomId id, SiteId site, String name, int capacity) {}

    /** A staff member; {@code site} is empty for organisation-wide staff (the administrator). */
    public record Staff(StaffId id, String username, String displayName, Role role, String email, @Nullable SiteId site,
            boolean active, Instant createdAt) {}

    public record Credential(UUID id, StaffId staff, String licenceType, String licenceNumber, String issuingState,
            LocalDate expiresOn, boolean requiresCosignature) {}

    public record Address(String line, String city, String state, String postalCode) {}

    public record EmergencyContact(String name, String phone, String relationship) {}

    /**
     * A soft delete of a duplicate registration. The reason names the original's record number, which only the
     * database hands out: {@link #reason(String)} fills it in.
     */
    public record Deletion(Instant at, String by, ClientId duplicateOf, String reasonTemplate) {

        public String reason(String originalRecordNumber) {
            return reasonTemplate.formatted(originalRecordNumber);
        }
    }

    /**
     * A client as registered. Clients are listed in the order they were registered, which is the order in which the
     * loader hands out record numbers.
     */
    public record Client(
            ClientId id,
            SiteId homeSite,
            String givenName,
            String familyName,
            @Nullable String preferredName,
            @Nullable String pronouns,
            LocalDate dateOfBirth,
            @Nullable String sexAtBirth,
            @Nullable String genderIdentity,
            String preferredLanguage,
            boolean interpreterNeeded,
            @Nullable String phone,
            @Nullable String email,
            @Nullable Address address,
            @Nullable EmergencyContact emergencyContact,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            int version,
            @Nullable Deletion deletion) {

        /** The phone's digits, as the registry stores them for search. */
        public @Nullable String phoneDigits() {
            return phone == null ? null : phone.replaceAll("[^0-9]", "");
        }
    }

    public record SupportPerson(UUID id, ClientId client, int position, String name, String relationship,
            @Nullable String phone, @Nullable String email, boolean mayContact, @Nullable String notes) {}

    public record CareTeamMember(ClientId client, StaffId staff, String roleOnTeam, Instant addedAt) {}

    /** An admitted episode of care (level 2.1) in a track of a program at the client's home site. */
    public record Episode(UUID id, ClientId client, ProgramId program, TrackId track, LocalDate admittedOn,
            int plannedLengthDays, BigDecimal weeklyHours, List<String> diagnoses, String payerName, Instant createdAt,
            String createdBy) {

        public Episode {
            diagnoses = List.copyOf(diagnoses);
        }

        public LocalDate plannedEnd() {
            return admittedOn.plusDays(plannedLengthDays);
        }
    }

    /** A recurring block of a track's week; {@code sessionType} is a session type code of the V110 migration. */
    public record TemplateBlock(UUID id, TrackId track, java.time.DayOfWeek weekday, java.time.LocalTime startsAt,
            String sessionType, RoomId room, StaffId facilitator, boolean rotatesTopic) {}

    public record CurriculumTopic(UUID id, TrackId track, int position, String title) {}

    /** When a client can come: weekdays, day part (DAY, EVENING), work or school hours, and appointment frequencies. */
    public record Availability(UUID episode, ClientId client, java.util.Set<java.time.DayOfWeek> weekdays, Period dayPart,
            @Nullable Integer individualEveryWeeks, @Nullable Integer familyEveryWeeks,
            @Nullable Integer medicationEveryWeeks, List<BlockedTime> blocked) {

        public Availability {
            weekdays = java.util.Set.copyOf(weekdays);
            blocked = List.copyOf(blocked);
        }
    }

    public record BlockedTime(UUID id, java.time.DayOfWeek weekday, java.time.LocalTime from, java.time.LocalTime to,
            String reason) {}
}
