package org.stepwise.measures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepwise.SignedIn.as;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.StepwiseTest;
import org.stepwise.measures.internal.InstrumentCatalogue;
import org.stepwise.measures.scoring.Instrument;
import org.stepwise.measures.scoring.InstrumentDefinition;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Screening on the chart: each instrument's entry form, storing and showing a result, bad input refused. */
@StepwiseTest
@AutoConfigureMockMvc
class MeasurePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    InstrumentCatalogue catalogue;

    private UUID client;
    private StaffMember clinician;

    @BeforeEach
    void aClientOnAClinicianCaseload() {
        clinician = staff.activeWithRole(Role.CLINICIAN).getFirst();
        client = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO client (id, record_number, given_name, family_name, date_of_birth, created_at, created_by,
                                    updated_at, updated_by)
                VALUES (?, 'SW-' || lpad(nextval('client_record_number_seq')::text, 6, '0'), 'Sam', 'Screening',
                        DATE '1991-05-06', now(), 'test', now(), 'test')""").param(client).update();
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, 'Clinician', "
                + "now())").params(client, clinician.id().value()).update();
    }

    @Test
    void everyInstrumentsFormShowsItsItemsAndAnswerOptions() throws Exception {
        for (Instrument instrument : catalogue.all()) {
            InstrumentDefinition d = instrument.definition();
            String page = mvc.perform(get("/clients/{id}/measures/new", client).param("instrument", d.code())
                            .with(as(clinician, Role.CLINICIAN)))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            for (InstrumentDefinition.Item item : d.items()) {
                String legend = item.text() != null ? item.number() + ". " + item.text() : "Item " + item.number();
                assertThat(page).as(d.code()).contains(org.springframework.web.util.HtmlUtils.htmlEscape(legend, "UTF-8"));
                for (InstrumentDefinition.AnswerOption option : d.answerSets().get(item.answers())) {
                    assertThat(page).as(d.code()).contains("id=\"answers-" + (item.number() - 1) + "-" + option.value()
                            + "\"");
                }
            }
            assertThat(page.contains("name=\"sex\"")).as(d.code()).isEqualTo(instrument.needsSex());
            assertThat(page.contains("name=\"recentBehavior\"")).as(d.code()).isEqualTo(d.code().equals("cssrs"));
        }
    }

    @Test
    void savingStoresTheAdministrationAndShowsBandFlagsAndTheSafetyNotice() throws Exception {
        String submission = UUID.randomUUID().toString();
        MockHttpServletRequestBuilder save = phq9(submission, "1", "1", "1", "1", "1", "1", "2", "2", "2");
        String location = mvc.perform(save).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).isEqualTo("/clients/" + client + "/measures/" + submission);
        mvc.perform(phq9(submission, "1", "1", "1", "1", "1", "1", "2", "2", "2"))
                .andExpect(status().is3xxRedirection()); // a double click stores nothing more
        assertThat(stored()).isEqualTo(1);

        mvc.perform(get(location).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"safety-notice\"")))
                .andExpect(content().string(containsString("Moderate")))
                .andExpect(content().string(containsString("<dd>12</dd>")))
                .andExpect(content().string(containsString("Item 9: thoughts of death or self-harm")));
        mvc.perform(get("/clients/{id}/measures", client).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record PHQ-9")))
                .andExpect(content().string(containsString(submission)));

        String calm = UUID.randomUUID().toString();
        mvc.perform(post("/clients/{id}/measures", client).with(csrf()).with(as(clinician, Role.CLINICIAN))
                        .param("instrument", "gad7").param("submission", calm)
                        .param("answers[0]", "0").param("answers[1]", "0").param("answers[2]", "1")
                        .param("answers[3]", "0").param("answers[4]", "0").param("answers[5]", "0")
                        .param("answers[6]", "0").param("administeredOn", LocalDate.now().minusDays(3).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/clients/{id}/measures/{a}", client, calm).with(as(clinician, Role.CLINICIAN)))
                .andExpect(content().string(not(containsString("id=\"safety-notice\""))))
                .andExpect(content().string(containsString("Minimal")));
    }

    @Test
    void badInputIsShownBesideItsFieldWith422AndStoresNothing() throws Exception {
        // An item left out.
        mvc.perform(phq9(UUID.randomUUID().toString(), "1", "1", "1", null, "1", "1", "1", "1", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"answers-3-error\"")))
                .andExpect(content().string(containsString("Item 4 has no answer")));
        // A value the item does not take, and text in place of a number.
        mvc.perform(phq9(UUID.randomUUID().toString(), "7", "<script>x</script>", "1", "1", "1", "1", "1", "1", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"answers-0-error\"")))
                .andExpect(content().string(containsString("id=\"answers-1-error\"")))
                .andExpect(content().string(not(containsString("<script>x"))));
        // A day in the future, a date that is no date.
        mvc.perform(phq9(UUID.randomUUID().toString(), "1", "1", "1", "1", "1", "1", "1", "1", "0")
                        .param("administeredOn", LocalDate.now().plusDays(2).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"administeredOn-error\"")));
        mvc.perform(phq9(UUID.randomUUID().toString(), "1", "1", "1", "1", "1", "1", "1", "1", "0")
                        .param("administeredOn", "yesterday"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("yyyy-mm-dd")));
        // C-SSRS item 6 yes without saying when.
        mvc.perform(post("/clients/{id}/measures", client).with(csrf()).with(as(clinician, Role.CLINICIAN))
                        .param("instrument", "cssrs").param("submission", UUID.randomUUID().toString())
                        .param("answers[0]", "0").param("answers[1]", "0").param("answers[2]", "0")
                        .param("answers[3]", "0").param("answers[4]", "0").param("answers[5]", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"recentBehavior-error\"")));
        // An instrument there is not, a client there is not.
        mvc.perform(post("/clients/{id}/measures", client).with(csrf()).with(as(clinician, Role.CLINICIAN))
                        .param("instrument", "nosuch").param("submission", UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/clients/{id}/measures/new", UUID.randomUUID()).param("instrument", "phq9")
                        .with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isNotFound());
        assertThat(stored()).isZero();
    }

    @Test
    void intakeCoordinatorsScreenAndSeeTheirOwnResultsButNotTheHistory() throws Exception {
        StaffMember intake = staff.activeWithRole(Role.INTAKE_COORDINATOR).getFirst();
        String submission = UUID.randomUUID().toString();
        mvc.perform(post("/clients/{id}/measures", client).with(csrf()).with(as(intake, Role.INTAKE_COORDINATOR))
                        .param("instrument", "auditc").param("submission", submission).param("sex", "female")
                        .param("answers[0]", "2").param("answers[1]", "1").param("answers[2]", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/clients/{id}/measures/{a}", client, submission).with(as(intake, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/clients/{id}/measures", client).with(as(intake, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isForbidden());
        String theirs = UUID.randomUUID().toString();
        mvc.perform(phq9(theirs, "0", "0", "0", "0", "0", "0", "0", "0", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/clients/{id}/measures/{a}", client, theirs).with(as(intake, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder phq9(String submission, String... answers) {
        MockHttpServletRequestBuilder request = post("/clients/{id}/measures", client).with(csrf())
                .with(as(clinician, Role.CLINICIAN)).param("instrument", "phq9").param("submission", submission);
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != null) {
                request.param("answers[" + i + "]", answers[i]);
            }
        }
        return request;
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM measure_administration WHERE client_id = ?").param(client)
                .query(Long.class).single();
    }

}
