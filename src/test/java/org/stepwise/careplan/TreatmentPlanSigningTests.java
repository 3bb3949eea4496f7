package org.stepwise.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.careplan.internal.PlanContentJson;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.measures.MeasureOptions;
import org.stepwise.measures.MeasureRecording;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** A plan drafted from the admission, signed by client, clinician and physician, final once signed. */
@StepwiseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class TreatmentPlanSigningTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired Organisation organisation;
    @Autowired MeasureRecording measures;
    @Autowired TreatmentPlans plans;
    @Autowired ApplicationEvents events;

    PlanFixtures fixtures;
    StaffMember clinician;
    StaffMember prescriber;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(jdbc, clock, staff, admissions, organisation, ProgramKind.MENTAL_HEALTH, 30);
        clinician = fixtures.member(Role.CLINICIAN);
        prescriber = fixtures.member(Role.PRESCRIBER);
    }

    @Test
    void theDraftComesFromTheDiagnosesAndScreeningAndKeepsPlanObjectivesInStep() throws Exception {
        EpisodeId episode = fixtures.admit("Draftwell", fixtures.today(), List.of(clinician), "F33.1", "F41.1");
        ClientId client = fixtures.clientOf(episode);
        SignedIn.as(clinician, () -> measures.record(client, "phq9", List.of(2, 2, 2, 2, 2, 2, 2, 2, 0),
                MeasureOptions.none(), fixtures.today()));

        MockHttpServletResponse drafted = mvc.perform(post("/clients/{id}/plan/draft", client.value()).with(csrf())
                .with(SignedIn.as(clinician))).andReturn().getResponse();
        assertThat(drafted.getRedirectedUrl()).isEqualTo("/clients/" + client + "/plan/edit");
        mvc.perform(post("/clients/{id}/plan/draft", client.value()).with(csrf()).with(SignedIn.as(clinician)));

        TreatmentPlan plan = SignedIn.as(clinician, () -> plans.get(episode));
        assertThat(plan.versions()).singleElement().satisfies(v -> {
            assertThat(v.origin()).isEqualTo(PlanVersion.Origin.DRAFTED);
            assertThat(v.isDraft()).isTrue();
            assertThat(v.contentHash()).isEqualTo(PlanContentJson.sha256(v.content()));
        });
        PlanContent content = plan.latest().orElseThrow().content();
        assertThat(content.problems()).extracting(PlanContent.Problem::code).containsExactly("F33.1", "F41.1");
        assertThat(content.problems().getFirst().objectives()).singleElement()
                .satisfies(o -> assertThat(o.text()).startsWith("PHQ-9 below 10 by"));
        assertThat(objectivesInTable(plan.id())).containsExactlyElementsOf(content.objectives()
                .map(PlanContent.Objective::id).toList());
        assertThat(plan.reviewDue().basis()).isEqualTo(ReviewDue.Basis.ADMISSION);
        assertThat(plan.reviewDue().dueOn()).isEqualTo(fixtures.today().plusDays(30));

        String page = mvc.perform(get("/clients/{id}/plan", client.value()).with(SignedIn.as(clinician)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Depressed mood", "PHQ-9 below 10 by", "Sign version 1 as clinician");
    }

    @Test
    void threeSignaturesPutTheVersionInEffectAndASignedVersionIsFinal() throws Exception {
        StaffMember nurse = fixtures.member(Role.NURSE);
        EpisodeId episode = fixtures.admit("Signwell", fixtures.today(), List.of(clinician, prescriber, nurse), "F32.1");
        ClientId client = fixtures.clientOf(episode);
        PlanVersion draft = SignedIn.as(clinician, () -> plans.draft(episode)).plan().latest().orElseThrow();

        sign(clinician, client, "role", "CLIENT", "versionNumber", "1", "signerName", "Robin Signwell");
        sign(clinician, client, "role", "CLINICIAN", "versionNumber", "1", "contentHash", draft.contentHash());
        sign(clinician, client, "role", "CLINICIAN", "versionNumber", "1"); // sent twice: recorded once
        assertThat(events.stream(PlanSigned.class)).isEmpty();
        MockHttpServletResponse refused = mvc.perform(post("/clients/{id}/plan/signatures", client.value()).with(csrf())
                .with(SignedIn.as(nurse)).param("role", "PHYSICIAN").param("versionNumber", "1"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        sign(prescriber, client, "role", "PHYSICIAN", "versionNumber", "1");

        TreatmentPlan plan = SignedIn.as(clinician, () -> plans.get(episode));
        PlanVersion signed = plan.version(1).orElseThrow();
        assertThat(signed.status()).isEqualTo(PlanVersion.Status.SIGNED);
        assertThat(signed.effectiveOn()).isEqualTo(fixtures.today());
        assertThat(signed.signatures()).extracting(PlanSignature::role)
                .containsExactlyInAnyOrder(SignerRole.CLIENT, SignerRole.CLINICIAN, SignerRole.PHYSICIAN);
        assertThat(signed.signatures()).allSatisfy(s -> assertThat(s.contentHash()).isEqualTo(draft.contentHash()));
        assertThat(signed.signature(SignerRole.CLIENT).orElseThrow())
                .extracting(PlanSignature::signerName, PlanSignature::staffName)
                .containsExactly("Robin Signwell", clinician.displayName());
        assertThat(events.stream(PlanSigned.class)).singleElement()
                .satisfies(e -> assertThat(e.version()).isEqualTo(1));
        assertThat(plan.reviewDue().basis()).isEqualTo(ReviewDue.Basis.PLAN_IN_EFFECT);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'treatment plan' "
                + "AND action = 'UPDATE'").param(client.value()).query(Long.class).single()).isEqualTo(3);

        // Editing a signed version starts version 2; version 1 stays in effect and unchanged.
        PlanContent changed = withObjectiveText(signed.content(), "Walk 20 minutes on 5 days a week");
        TreatmentPlans.Saved saved = SignedIn.as(clinician, () -> plans.save(episode, plan.version(), changed));
        assertThat(saved.plan().versions()).hasSize(2);
        assertThat(saved.plan().inEffect()).map(PlanVersion::number).contains(1);
        assertThat(saved.plan().version(1).orElseThrow().contentHash()).isEqualTo(draft.contentHash());
        assertThat(saved.plan().latest().orElseThrow().missingSignatures()).hasSize(3);

        // And the database itself refuses to change a signed version or a signature.
        assertThatThrownBy(() -> jdbc.sql("UPDATE treatment_plan_version SET content = '{}'::jsonb WHERE plan_id = ? "
                + "AND number = 1").param(plan.id()).update()).hasMessageContaining("is signed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM plan_signature WHERE plan_id = ?").param(plan.id()).update())
                .hasMessageContaining("only ever added");
    }

    @Test
    void aClientSignatureNeedsTheNameAndADayThatMakesSense() throws Exception {
        EpisodeId episode = fixtures.admit("Nameless", fixtures.today(), List.of(clinician), "F32.1");
        ClientId client = fixtures.clientOf(episode);
        SignedIn.as(clinician, () -> plans.draft(episode));

        MockHttpServletResponse noName = mvc.perform(post("/clients/{id}/plan/signatures", client.value()).with(csrf())
                .with(SignedIn.as(clinician)).param("role", "CLIENT").param("versionNumber", "1")).andReturn()
                .getResponse();
        MockHttpServletResponse future = mvc.perform(post("/clients/{id}/plan/signatures", client.value()).with(csrf())
                .with(SignedIn.as(clinician)).param("role", "CLIENT").param("versionNumber", "1")
                .param("signerName", "Robin").param("signedOn", fixtures.today().plusDays(1).toString())).andReturn()
                .getResponse();
        MockHttpServletResponse stale = mvc.perform(post("/clients/{id}/plan/signatures", client.value()).with(csrf())
                .with(SignedIn.as(clinician)).param("role", "CLINICIAN").param("versionNumber", "1")
                .param("contentHash", "0".repeat(64))).andReturn().getResponse();

        assertThat(noName.getStatus()).isEqualTo(422);
        assertThat(noName.getContentAsString()).contains("Type the name the client signed with.");
        assertThat(future.getStatus()).isEqualTo(422);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("The plan changed after you read it");
        assertThat(SignedIn.as(clinician, () -> plans.get(episode)).latest().orElseThrow().signatures()).isEmpty();
    }

    private void sign(StaffMember who, ClientId client, String... params) throws Exception {
        var request = post("/clients/{id}/plan/signatures", client.value()).with(csrf()).with(SignedIn.as(who));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    static PlanContent withObjectiveText(PlanContent content, String text) {
        PlanContent.Problem first = content.problems().getFirst();
        PlanContent.Objective o = first.objectives().getFirst();
        PlanContent.Problem changed = new PlanContent.Problem(first.code(), first.text(), first.goal(),
                List.of(new PlanContent.Objective(o.id(), text, o.targetDate(), o.progress(), o.comment())),
                first.interventions());
        List<PlanContent.Problem> problems = new java.util.ArrayList<>(content.problems());
        problems.set(0, changed);
        return new PlanContent(problems, content.services());
    }

    private List<UUID> objectivesInTable(UUID plan) {
        return jdbc.sql("SELECT id FROM plan_objective WHERE plan_id = ? AND active ORDER BY position").param(plan)
                .query(UUID.class).list();
    }
}
