package org.stepwise.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.printing.PdfText;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.ProgramDetails;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;
import tools.jackson.databind.json.JsonMapper;

/** Reviews write a new version and restart the clock; the queue lists reviews by the program's rule; the PDF. */
@StepwiseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PlanReviewAndQueueTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired Organisation organisation;
    @Autowired TreatmentPlans plans;
    @Autowired ApplicationEvents events;

    @Test
    void aReviewRecordsProgressWritesTheNextVersionAndIsRecordedOnce() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.MENTAL_HEALTH, 30);
        StaffMember clinician = fixtures.member(Role.CLINICIAN);
        EpisodeId episode = fixtures.admit("Reviewed", fixtures.today().minusDays(10), List.of(clinician), "F33.1",
                "F41.1");
        ClientId client = fixtures.clientOf(episode);
        TreatmentPlan plan = SignedIn.as(clinician, () -> plans.draft(episode)).plan();
        List<PlanContent.Objective> objectives = plan.latest().orElseThrow().content().objectives().toList();
        UUID met = objectives.get(0).id();
        UUID revised = objectives.get(1).id();
        UUID review = UUID.randomUUID();
        String body = JSON.writeValueAsString(Map.of("id", review, "planVersion", plan.version(),
                "reviewedOn", fixtures.today().minusDays(1).toString(), "summary", "Sleeping better; worry remains.",
                "progress", List.of(
                        Map.of("objectiveId", met, "progress", "MET", "comment", "Logged skills every day"),
                        Map.of("objectiveId", revised, "progress", "REVISED", "comment", "Too broad",
                                "text", "Practice grounding on 3 days a week",
                                "targetDate", fixtures.today().plusDays(40).toString()))));

        MockHttpServletResponse first = postReview(episode, clinician, body);
        MockHttpServletResponse again = postReview(episode, clinician, body);

        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(200);
        TreatmentPlan reviewed = SignedIn.as(clinician, () -> plans.get(episode));
        assertThat(reviewed.versions()).hasSize(2);
        PlanVersion second = reviewed.latest().orElseThrow();
        assertThat(second.origin()).isEqualTo(PlanVersion.Origin.REVIEWED);
        assertThat(second.content().objectives()).extracting(PlanContent.Objective::progress)
                .containsExactly(ObjectiveProgress.MET, ObjectiveProgress.REVISED);
        assertThat(second.content().objectives().toList().get(1).text()).isEqualTo("Practice grounding on 3 days a week");
        assertThat(jdbc.sql("SELECT id FROM plan_objective WHERE plan_id = ? AND active").param(reviewed.id())
                .query(UUID.class).list()).containsExactly(revised);
        assertThat(reviewed.reviews()).singleElement().satisfies(r -> assertThat(r.newVersion()).isEqualTo(2));
        assertThat(reviewed.reviewDue().basis()).isEqualTo(ReviewDue.Basis.LAST_REVIEW);
        assertThat(reviewed.reviewDue().dueOn()).isEqualTo(fixtures.today().minusDays(1).plusDays(30));
        assertThat(events.stream(PlanReviewed.class)).singleElement()
                .satisfies(e -> assertThat(e.review()).isEqualTo(review));
        assertThat(reviewed.version(1).orElseThrow().content()).isEqualTo(plan.latest().orElseThrow().content());

        String compare = mvc.perform(get("/clients/{id}/plan/compare", client.value()).with(SignedIn.as(clinician)))
                .andReturn().getResponse().getContentAsString();
        assertThat(compare).contains("Progress: Not started → Met", "Practice grounding on 3 days a week");
    }

    @Test
    void aReviewMustCoverEveryActiveObjective() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.MENTAL_HEALTH, 30);
        StaffMember clinician = fixtures.member(Role.CLINICIAN);
        EpisodeId episode = fixtures.admit("Halfreview", fixtures.today(), List.of(clinician), "F33.1", "F41.1");
        TreatmentPlan plan = SignedIn.as(clinician, () -> plans.draft(episode)).plan();
        UUID one = plan.latest().orElseThrow().content().objectives().findFirst().orElseThrow().id();

        MockHttpServletResponse refused = postReview(episode, clinician, JSON.writeValueAsString(Map.of(
                "planVersion", plan.version(), "summary", "Partial",
                "progress", List.of(Map.of("objectiveId", one, "progress", "IN_PROGRESS")))));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Record progress on every active objective");
        assertThat(SignedIn.as(clinician, () -> plans.get(episode)).versions()).hasSize(1);
    }

    @Test
    void theQueueListsReviewsByTheProgramsRuleForTheCareTeamAndOverdueOnesForTheDirector() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.MENTAL_HEALTH, 30);
        StaffMember clinician = fixtures.member(Role.CLINICIAN);
        StaffMember outsider = fixtures.another(Role.CLINICIAN);
        StaffMember director = fixtures.member(Role.PROGRAM_DIRECTOR);
        EpisodeId episode = fixtures.admit("Queueing", fixtures.today().minusDays(20), List.of(clinician), "F33.1");
        SignedIn.as(clinician, () -> plans.draft(episode));

        // Counted from the admission 20 days ago, a 30-day rule is due in 10 days: not in the queue yet.
        assertThat(queue(clinician)).contains("Queueing").doesNotContain("Treatment plan review (every 30 days)");
        assertThat(queue(director)).doesNotContain("Queueing");

        // The program reviews every 14 days from now on: the review was due 6 days ago.
        var program = organisation.program(fixtures.program);
        SignedIn.as(staff, Role.ADMINISTRATOR, () -> {
            organisation.updateProgram(fixtures.program, program.version(), new ProgramDetails(program.name(),
                    program.kind(), program.weeklyHours(), program.lengthOfStayDays(), 14));
            return null;
        });
        String mine = queue(clinician);
        assertThat(mine).contains("Treatment plan review (every 14 days)", "overdue",
                fixtures.today().minusDays(6).format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy")));
        assertThat(queue(director)).contains("Queueing", "Treatment plan review (every 14 days)");
        assertThat(queue(outsider)).doesNotContain("Queueing");
    }

    @Test
    void aPlanOfASubstanceUseProgramPrintsWithThePart2NoticeAndIsAudited() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.SUBSTANCE_USE, 30);
        StaffMember clinician = fixtures.member(Role.CLINICIAN);
        EpisodeId episode = fixtures.admit("Printed", fixtures.today(), List.of(clinician), "F10.20");
        ClientId client = fixtures.clientOf(episode);
        SignedIn.as(clinician, () -> plans.draft(episode));

        MockHttpServletResponse pdf = mvc.perform(get("/clients/{id}/plan/versions/1/pdf", client.value())
                .with(SignedIn.as(clinician))).andReturn().getResponse();

        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        String text = PdfText.of(pdf.getContentAsByteArray());
        assertThat(text).contains("Treatment plan, version 1", "Alcohol use", "F10.20", "Objectives", "Interventions",
                "Relapse prevention", "Signatures", "Not signed", "42 CFR");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'PRINT'")
                .param(client.value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMentalHealthPlanPrintsWithoutTheNotice() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.MENTAL_HEALTH, 30);
        StaffMember clinician = fixtures.member(Role.CLINICIAN);
        EpisodeId episode = fixtures.admit("Unmarked", fixtures.today(), List.of(clinician), "F41.1");
        SignedIn.as(clinician, () -> plans.draft(episode));

        String text = PdfText.of(mvc.perform(get("/clients/{id}/plan/versions/1/pdf",
                fixtures.clientOf(episode).value()).with(SignedIn.as(clinician))).andReturn().getResponse()
                .getContentAsByteArray());

        assertThat(text).contains("Anxiety that limits daily activities").doesNotContain("42 CFR");
    }

    private MockHttpServletResponse postReview(EpisodeId episode, StaffMember who, String body) throws Exception {
        return mvc.perform(post("/api/v1/episodes/{id}/plan/reviews", episode.value()).with(csrf())
                .with(SignedIn.as(who)).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private String queue(StaffMember who) throws Exception {
        String page = mvc.perform(get("/").with(SignedIn.as(who))).andReturn().getResponse().getContentAsString();
        return HtmlForm.textOf(page, "documentation-queue", "</section>");
    }

}
