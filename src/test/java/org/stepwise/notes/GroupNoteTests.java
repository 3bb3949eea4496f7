package org.stepwise.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.attendance.AttendanceStatus;
import org.stepwise.attendance.CheckIns;
import org.stepwise.episodes.Admissions;
import org.stepwise.notes.NotesFixtures.Member;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffManagement;
import org.stepwise.staff.StaffMember;

/** The group note through its service: one screen, saved under a version, signed all at once, each client's own. */
@StepwiseTest
class GroupNoteTests {

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired StaffManagement management;
    @Autowired Admissions admissions;
    @Autowired SessionPlanning planning;
    @Autowired Bookings bookings;
    @Autowired CheckIns checkIns;
    @Autowired GroupNotes groupNotes;
    @Autowired ClinicalNotes notes;

    NotesFixtures fx;
    StaffMember facilitator;

    @BeforeEach
    void setUp() {
        fx = new NotesFixtures(jdbc, clock, staff, admissions, planning, bookings, checkIns, "SUBSTANCE_USE");
        facilitator = fx.clinician(management, "Fran Facilitator", false);
        SignedIn.signIn(facilitator);
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theScreenListsWhoAttendedWithTheirObjectivesAndWhoWasAbsent() {
        SessionId session = fx.groupHoursAgo(facilitator.id(), "Coping with cravings", 2);
        Map<Member, AttendanceStatus> group = fx.group(session, "Screen", 3, 1);

        GroupNoteSheet sheet = groupNotes.sheet(session);

        assertThat(sheet.topic()).isEqualTo("Coping with cravings");
        assertThat(sheet.attending()).hasSize(3).allSatisfy(row -> {
            assertThat(row.objectives()).hasSize(2);
            assertThat(row.entry().objective()).isEqualTo(row.objectives().getFirst().id());
            assertThat(row.note()).isNull();
        });
        assertThat(sheet.absent()).singleElement().satisfies(o -> assertThat(o.why()).isEqualTo("Unexcused absence"));
        assertThat(sheet.note()).isNull();
    }

    @Test
    void signingAllFilesEachAttendingClientsOwnNoteLinkedToTheirObjectiveAndNoneForTheAbsent() {
        SessionId session = fx.groupHoursAgo(facilitator.id(), "Relapse prevention", 2);
        Map<Member, AttendanceStatus> group = fx.group(session, "Sign", 3, 1);
        List<Member> attending = NotesFixtures.attending(group);

        groupNotes.save(session, input(null, attending, 1));
        int version = groupNotes.sheet(session).version();
        List<NoteSigned> signed = groupNotes.signAll(session, input(version, attending, 1));

        assertThat(signed).hasSize(3).allSatisfy(s -> assertThat(s.status()).isEqualTo(NoteStatus.SIGNED));
        for (Member m : attending) {
            List<NoteView> theirs = notes.ofClient(m.client());
            assertThat(theirs).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NoteKind.GROUP);
                assertThat(n.status()).isEqualTo(NoteStatus.SIGNED);
                assertThat(n.objective().id()).isEqualTo(m.objectives().get(1));
                assertThat(n.shared().topic()).isEqualTo("Relapse prevention");
                assertThat(n.section("progress")).isEqualTo("Named two triggers for " + m.family());
                assertThat(n.part2()).isTrue();
                assertThat(n.lateEntry()).isFalse();
                assertThat(n.timeToSign()).isPositive();
                assertThat(n.contentHash()).hasSize(64);
                assertThat(n.signatures()).singleElement().satisfies(sig -> {
                    assertThat(sig.capacity()).isEqualTo(NoteSignature.Capacity.AUTHOR);
                    assertThat(sig.credential()).isEqualTo("LCSW");
                    assertThat(sig.contentHash()).isEqualTo(n.contentHash());
                });
                // Their own note: no other client's entry or name.
                attending.stream().filter(other -> other != m).forEach(other ->
                        assertThat(n.toString()).doesNotContain(other.family()));
            });
        }
        group.forEach((m, status) -> {
            if (status.isAbsence()) {
                assertThat(notes.ofClient(m.client())).isEmpty();
            }
        });
    }

    @Test
    void aSignedGroupRefusesEveryChangeAndARepeatedSignAllChangesNothing() {
        SessionId session = fx.groupHoursAgo(facilitator.id(), "Mindfulness", 2);
        List<Member> attending = NotesFixtures.attending(fx.group(session, "Lock", 2, 0));
        groupNotes.signAll(session, input(null, attending, 0));
        String before = snapshot(session);
        int version = groupNotes.sheet(session).version();

        assertThatThrownBy(() -> groupNotes.save(session, input(version, attending, 1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("addendum");
        assertThatThrownBy(() -> groupNotes.signAll(session, input(version, attending, 1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cannot be changed");
        assertThat(groupNotes.signAll(session, input(version, attending, 0))).isEmpty();
        assertThat(snapshot(session)).isEqualTo(before);
    }

    @Test
    void aSaveOnTopOfSomeoneElsesIsAConflictAndKeepsTheirs() {
        SessionId session = fx.groupHoursAgo(facilitator.id(), "Anger management", 2);
        List<Member> attending = NotesFixtures.attending(fx.group(session, "Race", 2, 0));
        groupNotes.save(session, input(null, attending, 0));
        int loaded = groupNotes.sheet(session).version();
        groupNotes.save(session, withSummary(input(loaded, attending, 0), "First clinician's summary"));

        assertThatThrownBy(() -> groupNotes.save(session, withSummary(input(loaded, attending, 0), "Second")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("after you opened it");
        assertThat(groupNotes.sheet(session).summary()).isEqualTo("First clinician's summary");
    }

    @Test
    void signingNeedsEveryEntryCompleteAndSaysWhatIsMissing() {
        SessionId session = fx.groupHoursAgo(facilitator.id(), "Boundaries", 2);
        List<Member> attending = NotesFixtures.attending(fx.group(session, "Incomplete", 2, 0));
        Map<ClientId, GroupNoteInput.Entry> entries = new LinkedHashMap<>();
        entries.put(attending.get(0).client(), GroupNoteInput.Entry.blank());

        assertThatThrownBy(() -> groupNotes.signAll(session, new GroupNoteInput(null, "Boundaries", "", "", entries)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors()).containsKeys(
                        "interventions", "summary", "participation-" + attending.get(0).client(),
                        "objective-" + attending.get(0).client(), "entry-" + attending.get(1).client()));
        assertThat(jdbc.sql("SELECT count(*) FROM group_note WHERE session_id = ?").param(session.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheFacilitatorOrTheCareTeamWritesTheNote() {
        SessionId session = fx.groupHoursAgo(facilitator.id(), "Sleep hygiene", 2);
        List<Member> attending = NotesFixtures.attending(fx.group(session, "Who", 2, 0));
        StaffMember outsider = fx.clinician(management, "Olive Outsider", false);
        fx.onCareTeam(facilitator, attending.get(0).client());
        fx.onCareTeam(facilitator, attending.get(1).client());
        SignedIn.signIn(outsider);

        assertThatThrownBy(() -> groupNotes.sheet(session)).isInstanceOf(AccessDeniedException.class);

        fx.onCareTeam(outsider, attending.get(1).client());
        assertThat(groupNotes.sheet(session).attending()).hasSize(2);
    }

    @Test
    void aGroupSignedDaysLaterIsALateEntry() {
        SessionId session = fx.groupHoursAgo(facilitator.id(), "Values", 24 * 4);
        List<Member> attending = NotesFixtures.attending(fx.group(session, "Late", 1, 0));

        groupNotes.signAll(session, input(null, attending, 0));

        NoteView note = notes.ofClient(attending.getFirst().client()).getFirst();
        assertThat(note.lateEntry()).isTrue();
        assertThat(note.timeToSignText()).startsWith("3 d ");
    }

    /** Complete entries: participation, presentation, objective number {@code objective}, progress, risk. */
    static GroupNoteInput input(Integer version, List<Member> attending, int objective) {
        Map<ClientId, GroupNoteInput.Entry> entries = new LinkedHashMap<>();
        for (Member m : attending) {
            entries.put(m.client(), new GroupNoteInput.Entry("ACTIVE", "EUTHYMIC", "Brighter than last week", m
                    .objectives().get(objective), "Named two triggers for " + m.family(), "NONE", ""));
        }
        return new GroupNoteInput(version, "Relapse prevention", "Psychoeducation; CBT thought records",
                "The group mapped high-risk situations.", entries);
    }

    private static GroupNoteInput withSummary(GroupNoteInput input, String summary) {
        return new GroupNoteInput(input.version(), input.topic(), input.interventions(), summary, input.entries());
    }

    private String snapshot(SessionId session) {
        return jdbc.sql("""
                SELECT string_agg(n::text, '|' ORDER BY n.id) || g::text FROM group_note g
                JOIN clinical_note n ON n.group_note_id = g.id WHERE g.session_id = ? GROUP BY g.*""")
                .param(session.value()).query(String.class).single();
    }
}
