package org.stepwise.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two clinicians editing the same plan at once: the second gets a clear conflict, sees what the first saved, and keeps
 * their own typed text; nothing is overwritten unseen. In pages (409 with both) and in the API (409 with the current
 * plan); a repeated submission of the same content is not a conflict.
 */
@StepwiseTest
@AutoConfigureMockMvc
class PlanConflictTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired Organisation organisation;
    @Autowired TreatmentPlans plans;

    PlanFixtures fixtures;
    StaffMember first;
    StaffMember second;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(jdbc, clock, staff, admissions, organisation, ProgramKind.MENTAL_HEALTH, 30);
        first = fixtures.member(Role.CLINICIAN);
        second = fixtures.another(Role.CLINICIAN);
    }

    @Test
    void theSecondSaveOfAPageIsRefusedShowingBothTextsAndChangingNothing() throws Exception {
        EpisodeId episode = fixtures.admit("Twohands", fixtures.today(), List.of(first, second), "F33.1");
        ClientId client = fixtures.clientOf(episode);
        SignedIn.as(first, () -> plans.draft(episode));

        Map<String, String> firstForm = formOf(client, first);
        Map<String, String> secondForm = formOf(client, second);
        String objective = "problems[0].objectives[0].text";
        firstForm.put(objective, "Walk twenty minutes on five days a week");
        secondForm.put(objective, "Call my sister every Sunday evening");
        secondForm.put("problems[0].goal", "I want my family back in my life.");

        MockHttpServletResponse saved = save(client, first, firstForm);
        MockHttpServletResponse refused = save(client, second, secondForm);

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(refused.getStatus()).isEqualTo(409);
        String page = refused.getContentAsString();
        assertThat(HtmlForm.textOf(page, "data-testid=\"errors\"", "</div>")).contains("Someone else changed this "
                + "plan after you opened it", first.displayName());
        assertThat(HtmlForm.textOf(page, "data-testid=\"theirs\"", "<form")).contains(
                "Walk twenty minutes on five days a week");
        Map<String, String> form = HtmlForm.fields(page, "plan-form");
        assertThat(form.get(objective)).isEqualTo("Call my sister every Sunday evening");
        assertThat(form.get("problems[0].goal")).isEqualTo("I want my family back in my life.");
        TreatmentPlan now = SignedIn.as(first, () -> plans.get(episode));
        assertThat(form.get("version")).isEqualTo(String.valueOf(now.version()));
        assertThat(now.latest().orElseThrow().content().problems().getFirst().objectives().getFirst().text())
                .isEqualTo("Walk twenty minutes on five days a week");

        // Having seen both, the second clinician saves again on purpose: now it is theirs.
        assertThat(save(client, second, form).getStatus()).isEqualTo(302);
        assertThat(SignedIn.as(first, () -> plans.get(episode)).latest().orElseThrow().content().problems()
                .getFirst().objectives().getFirst().text()).isEqualTo("Call my sister every Sunday evening");
    }

    @Test
    void aDoubleClickedSaveIsNotAConflict() throws Exception {
        EpisodeId episode = fixtures.admit("Doubleclick", fixtures.today(), List.of(first), "F41.1");
        ClientId client = fixtures.clientOf(episode);
        SignedIn.as(first, () -> plans.draft(episode));
        Map<String, String> form = formOf(client, first);
        form.put("problems[0].objectives[1].text", "Name three worries and test one of them each week");
        form.put("problems[0].objectives[1].targetDate", fixtures.today().plusDays(20).toString());

        assertThat(save(client, first, form).getStatus()).isEqualTo(302);
        assertThat(save(client, first, form).getStatus()).isEqualTo(302);

        TreatmentPlan plan = SignedIn.as(first, () -> plans.get(episode));
        assertThat(plan.versions()).hasSize(1);
        assertThat(plan.latest().orElseThrow().content().problems().getFirst().objectives()).hasSize(2);
    }

    @Test
    void theApiAnswersAStaleVersionWith409AndTheCurrentPlan() throws Exception {
        EpisodeId episode = fixtures.admit("Apiconflict", fixtures.today(), List.of(first, second), "F33.1");
        JsonNode drafted = JSON.readTree(mvc.perform(post("/api/v1/episodes/{id}/plan/draft", episode.value())
                .with(csrf()).with(SignedIn.as(first))).andReturn().getResponse().getContentAsString());
        int read = drafted.get("version").asInt();
        JsonNode body = JSON.readTree(JSON.writeValueAsString(Map.of("version", read,
                "problems", drafted.at("/versions/0/content/problems"),
                "services", drafted.at("/versions/0/content/services"))));

        MockHttpServletResponse firstPut = apiPut(episode, first, withObjective(body, "Sleep seven hours a night"));
        MockHttpServletResponse secondPut = apiPut(episode, second, withObjective(body, "Eat breakfast daily"));
        MockHttpServletResponse firstAgain = apiPut(episode, first, withObjective(body, "Sleep seven hours a night"));

        assertThat(firstPut.getStatus()).isEqualTo(200);
        assertThat(secondPut.getStatus()).isEqualTo(409);
        JsonNode problem = JSON.readTree(secondPut.getContentAsString());
        assertThat(problem.get("title").asString()).isEqualTo("Conflict");
        assertThat(problem.at("/current/version").asInt()).isEqualTo(read + 1);
        assertThat(problem.at("/current/versions/0/content/problems/0/objectives/0/text").asString())
                .isEqualTo("Sleep seven hours a night");
        assertThat(firstAgain.getStatus()).as("the same content again is no conflict").isEqualTo(200);
        assertThat(firstAgain.getHeader("Plan-Changed")).isEqualTo("false");
    }

    private Map<String, String> formOf(ClientId client, StaffMember who) throws Exception {
        return HtmlForm.fields(mvc.perform(get("/clients/{id}/plan/edit", client.value()).with(SignedIn.as(who)))
                .andReturn().getResponse().getContentAsString(), "plan-form");
    }

    private MockHttpServletResponse save(ClientId client, StaffMember who, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post("/clients/{id}/plan", client.value()).with(csrf())
                .with(SignedIn.as(who));
        form.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse apiPut(EpisodeId episode, StaffMember who, JsonNode body) throws Exception {
        return mvc.perform(put("/api/v1/episodes/{id}/plan", episode.value()).with(csrf()).with(SignedIn.as(who))
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body))).andReturn().getResponse();
    }

    private static JsonNode withObjective(JsonNode body, String text) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) body.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) copy.at("/problems/0/objectives/0")).put("text", text);
        return copy;
    }

}
