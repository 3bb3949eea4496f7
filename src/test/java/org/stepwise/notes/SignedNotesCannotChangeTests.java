package org.stepwise.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.attendance.CheckIns;
import org.stepwise.episodes.Admissions;
import org.stepwise.notes.NotesFixtures.Member;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffManagement;
import org.stepwise.staff.StaffMember;

/**
 * Done when: a signed note cannot be changed through any page or API. Each route that could change a note is tried on
 * a signed one; each answers 4xx with a message (or, for a repeated signature, the note unchanged) and nothing in the
 * note or its group changes. An addendum is the way to add to it, and it is shown with the note.
 */
@StepwiseTest
@AutoConfigureMockMvc
class SignedNotesCannotChangeTests {

    @Autowired MockMvc mvc;
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
    StaffMember author;
    SessionId session;
    List<Member> attending;
    UUID note;

    @BeforeEach
    void aSignedGroup() {
        fx = new NotesFixtures(jdbc, clock, staff, admissions, planning, bookings, checkIns, "MENTAL_HEALTH");
        author = fx.clinician(management, "Sam Signer", false);
        session = fx.groupHoursAgo(author.id(), "Grounding skills", 2);
        attending = NotesFixtures.attending(fx.group(session, "Final", 2, 0));
        SignedIn.signIn(author);
        groupNotes.signAll(session, GroupNoteTests.input(null, attending, 0));
        note = notes.ofClient(attending.getFirst().client()).getFirst().id().value();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRouteThatCouldChangeASignedNoteRefusesAndChangesNothing() throws Exception {
        String before = snapshot();
        int version = groupNotes.sheet(session).version();
        String client = attending.getFirst().client().toString();
        var changedForm = post("/sessions/" + session.value() + "/note").param("version", "" + version)
                .param("topic", "Rewritten").param("interventions", "x").param("summary", "y")
                .param("client", client).param("participation-" + client, "DISRUPTIVE")
                .param("presentation-" + client, "ANXIOUS").param("risk-" + client, "NONE");

        expect(changedForm, 409, "cannot be changed");
        expect(post("/sessions/" + session.value() + "/note/sign").param("version", "" + version)
                .param("topic", "Rewritten").param("interventions", "x").param("summary", "y"), 409, "cannot be changed");
        expect(delete("/api/v1/notes/" + note), 409, "cannot be deleted");
        expect(put("/api/v1/notes/" + note).contentType(MediaType.APPLICATION_JSON)
                .content("{\"sections\":{\"participation\":\"DISRUPTIVE\"},\"version\":2}"), -1, "");
        expect(patch("/api/v1/notes/" + note).contentType(MediaType.APPLICATION_JSON)
                .content("{\"sections\":{\"participation\":\"DISRUPTIVE\"}}"), -1, "");
        expect(post("/notes/" + note + "/edit").param("version", "2").param("data", "rewritten"), -1, "");
        // Signing again is a repeat: answered as the first time, nothing changes.
        assertThat(send(post("/notes/" + note + "/sign").param("version", "0")).getStatus()).isEqualTo(302);
        assertThat(send(post("/api/v1/notes/" + note + "/signature").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).getStatus()).isEqualTo(200);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anAddendumIsAddedInsteadAndShownWithTheNoteInThePageAndTheApi() throws Exception {
        String before = snapshot();
        MockHttpServletResponse added = send(post("/api/v1/notes/" + note + "/addenda")
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Called after group: she is safe.\"}"));
        assertThat(added.getStatus()).isEqualTo(201);
        send(post("/api/v1/notes/" + note + "/addenda").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Called after group: she is safe.\"}"));
        assertThat(send(post("/notes/" + note + "/addenda").param("text", " ")).getStatus()).isEqualTo(422);

        String json = send(get("/api/v1/notes/" + note)).getContentAsString();
        assertThat(json).contains("\"addenda\":[{").contains("Called after group: she is safe.")
                .contains("\"status\":\"SIGNED\"").contains("\"timeToSign\"");
        assertThat(json.split("Called after group", -1)).hasSize(2); // the repeat added nothing
        assertThat(send(get("/notes/" + note)).getContentAsString()).contains("Called after group: she is safe.")
                .contains("Addendum by Sam Signer");
        assertThat(snapshot()).isEqualTo(before); // the note and its group as they were
    }

    @Test
    void anAssociatesNoteAwaitsASupervisorsCoSignatureShownInTheirQueue() throws Exception {
        StaffMember associate = fx.clinician(management, "Ari Associate", true);
        StaffMember supervisor = fx.clinician(management, "Sue Supervisor", false);
        SessionId group = fx.groupHoursAgo(associate.id(), "Distress tolerance", 3);
        List<Member> members = NotesFixtures.attending(fx.group(group, "Cosign", 1, 0));
        fx.onCareTeam(associate, members.getFirst().client());
        fx.onCareTeam(supervisor, members.getFirst().client());
        SignedIn.signIn(associate);
        assertThat(groupNotes.signAll(group, GroupNoteTests.input(null, members, 0)))
                .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(NoteStatus.AWAITING_COSIGNATURE));
        UUID awaiting = notes.ofClient(members.getFirst().client()).getFirst().id().value();

        assertThat(mvc.perform(post("/api/v1/notes/" + awaiting + "/cosignature").with(csrf())
                .with(SignedIn.as(associate))).andReturn().getResponse().getContentAsString())
                .contains("someone else");
        String today = mvc.perform(get("/").with(SignedIn.as(supervisor))).andReturn().getResponse()
                .getContentAsString();
        assertThat(today).contains("Awaiting your co-signature").contains("/notes/" + awaiting);

        MockHttpServletResponse cosigned = mvc.perform(post("/api/v1/notes/" + awaiting + "/cosignature").with(csrf())
                .with(SignedIn.as(supervisor))).andReturn().getResponse();
        assertThat(cosigned.getStatus()).isEqualTo(200);
        assertThat(cosigned.getContentAsString()).contains("\"status\":\"SIGNED\"").contains("\"capacity\":\"COSIGNER\"")
                .contains("\"credential\":\"LPC-Associate\"");
        assertThat(mvc.perform(get("/").with(SignedIn.as(supervisor))).andReturn().getResponse().getContentAsString())
                .doesNotContain("/notes/" + awaiting);
    }

    @Test
    void theQueueShowsAGroupNoteToWriteThenTheUnsignedDraftThenNothing() throws Exception {
        SessionId group = fx.groupHoursAgo(author.id(), "Queue group", 2);
        List<Member> members = NotesFixtures.attending(fx.group(group, "Queue", 1, 0));
        String link = "/sessions/" + group.value() + "/note";

        assertThat(todayOf(author)).contains("Group note to write").contains(link);
        SignedIn.signIn(author);
        groupNotes.save(group, GroupNoteTests.input(null, members, 0));
        assertThat(todayOf(author)).contains("Unsigned note").contains(link);
        SignedIn.signIn(author);
        groupNotes.signAll(group, GroupNoteTests.input(groupNotes.sheet(group).version(), members, 0));
        assertThat(todayOf(author)).doesNotContain(link);
    }

    private String todayOf(StaffMember member) throws Exception {
        return mvc.perform(get("/").with(SignedIn.as(member))).andReturn().getResponse().getContentAsString();
    }

    /** Sends as the author; {@code status} -1 means any 4xx. */
    private void expect(MockHttpServletRequestBuilder request, int status, String message) throws Exception {
        MockHttpServletResponse response = send(request);
        if (status < 0) {
            assertThat(response.getStatus()).isBetween(400, 499);
        } else {
            assertThat(response.getStatus()).isEqualTo(status);
        }
        assertThat(response.getContentAsString()).contains(message).doesNotContain("Exception", "\tat org.");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(SignedIn.as(author))).andReturn().getResponse();
    }

    private String snapshot() {
        return jdbc.sql("""
                SELECT g::text || string_agg(n::text || coalesce(s.sigs, ''), '|' ORDER BY n.id) FROM group_note g
                JOIN clinical_note n ON n.group_note_id = g.id
                LEFT JOIN (SELECT note_id, string_agg(note_signature::text, ',') AS sigs FROM note_signature
                           GROUP BY note_id) s ON s.note_id = n.id
                WHERE g.session_id = ? GROUP BY g.*""")
                .param(session.value()).query(String.class).single();
    }
}
