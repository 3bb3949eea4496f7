package org.stepwise.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.StaffDirectory;

@StepwiseTest
@AutoConfigureMockMvc
class ClientPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    MockHttpServletRequestBuilder newClient(String as, String given, String family, String dob, String... more) {
        MockHttpServletRequestBuilder request = post("/clients/new").with(Staff.as(staff, as)).with(csrf())
                .param("givenName", given).param("familyName", family).param("dateOfBirth", dob)
                .param("preferredLanguage", "English");
        for (int i = 0; i < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return request;
    }

    UUID create(String given, String family, String dob, String... more) throws Exception {
        MvcResult result = mvc.perform(newClient("intake", given, family, dob, more))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/clients/");
        return UUID.fromString(location.substring("/clients/".length()));
    }

    String page(String as, String url) throws Exception {
        return mvc.perform(get(url).with(Staff.as(staff, as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    String search(String as, String q, String... dob) throws Exception {
        MockHttpServletRequestBuilder request = get("/clients").param("q", q).with(Staff.as(staff, as));
        if (dob.length > 0) {
            request.param("dob", dob[0]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    List<String> audit(UUID client) {
        return jdbc.sql("SELECT action || ':' || coalesce(detail, '') FROM audit_event WHERE client_id = ? ORDER BY seq")
                .param(client).query(String.class).list();
    }

    Map<String, Object> row(UUID client) {
        return jdbc.sql("SELECT * FROM client WHERE id = ?").param(client).query().singleRow();
    }

    long clients() {
        return jdbc.sql("SELECT count(*) FROM client").query(Long.class).single();
    }

    @Test
    void intakeCreatesFindsOpensAndEditsAClient() throws Exception {
        String family = Staff.uniqueName("Smith");
        UUID id = create("Joanna", family, "1984-03-27", "preferredName", "Jo", "pronouns", "she/her",
                "phone", "(555) 201-7788", "interpreterNeeded", "true", "emergencyContactName", "Sam Smith",
                "emergencyContactPhone", "555 201 9999", "emergencyContactRelationship", "brother");
        Map<String, Object> saved = row(id);
        assertThat(saved.get("record_number").toString()).matches("SW-\\d{6,}");
        assertThat(saved.get("phone_digits")).isEqualTo("5552017788");
        assertThat(saved.get("created_by")).isEqualTo("intake");
        assertThat(audit(id)).containsExactly("CREATE:registered");

        // The search page finds the client by family-name prefix, by "family given" and "given family", without JS.
        String prefix = family.substring(0, 8);
        assertThat(search("intake", prefix.toLowerCase())).contains("Jo " + family)
                .contains(saved.get("record_number").toString()).contains("1984-03-27");
        assertThat(search("intake", prefix + " jo")).contains("Jo " + family);
        assertThat(search("intake", "JO " + prefix)).contains("Jo " + family);
        assertThat(search("intake", saved.get("record_number").toString())).contains("Jo " + family);
        assertThat(search("intake", prefix, "1984-03-27")).contains("Jo " + family);
        assertThat(search("intake", prefix, "1984-03-28")).doesNotContain("Jo " + family)
                .contains("No client matches");
        // htmx asks for the results only: no layout around them.
        String fragment = mvc.perform(get("/clients").param("q", prefix).header("HX-Request", "true")
                        .with(Staff.as(staff, "frontdesk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Jo " + family).doesNotContain("<nav").doesNotContain("<html");

        // Opening it records a view.
        String view = page("intake", "/clients/" + id);
        assertThat(view).contains("Jo " + family).contains("she/her").contains("(555) 201-7788").contains("Sam Smith");
        assertThat(audit(id)).last().isEqualTo("VIEW:registry record");

        // Edit: the form carries the version; saving records which fields changed, never their values.
        String form = page("intake", "/clients/" + id + "/edit");
        assertThat(form).contains("name=\"version\" value=\"0\"").contains("value=\"Joanna\"");
        mvc.perform(post("/clients/" + id + "/edit").with(Staff.as(staff, "intake")).with(csrf())
                        .param("version", "0").param("givenName", "Joanna").param("familyName", family)
                        .param("preferredName", "Jo").param("pronouns", "they/them").param("dateOfBirth", "1984-03-27")
                        .param("preferredLanguage", "Spanish").param("phone", "(555) 201-7788")
                        .param("interpreterNeeded", "true").param("emergencyContactName", "Sam Smith")
                        .param("emergencyContactPhone", "555 201 9999").param("emergencyContactRelationship", "brother"))
                .andExpect(redirectedUrl("/clients/" + id));
        assertThat(row(id)).containsEntry("pronouns", "they/them").containsEntry("preferred_language", "Spanish")
                .containsEntry("version", 1);
        assertThat(audit(id)).last().isEqualTo("UPDATE:changed pronouns, preferredLanguage");
    }

    @Test
    void warnsOfALikelyDuplicateAndCreatesOnlyWhenConfirmed() throws Exception {
        String family = Staff.uniqueName("Garcia");
        UUID first = create("Maria", family, "1990-07-14");
        long before = clients();

        String warning = mvc.perform(newClient("intake", "Mariah", family, "1990-07-14"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(warning).contains("This person may already be registered").contains("/clients/" + first)
                .contains("Create anyway").contains("value=\"Mariah\"");
        assertThat(clients()).isEqualTo(before);

        // Same phone, different name and birthday: still a likely duplicate.
        String phoneFamily = Staff.uniqueName("Okafor");
        create("Ngozi", phoneFamily, "1975-01-02", "phone", "555-303-4411");
        mvc.perform(newClient("intake", "Chidi", Staff.uniqueName("Eze"), "1980-05-05", "phone", "(555) 303 4411"))
                .andExpect(status().isConflict());

        UUID second = create("Mariah", family, "1990-07-14", "confirmDuplicate", "true");
        assertThat(second).isNotEqualTo(first);
        assertThat(audit(second).getFirst()).startsWith("CREATE:registered after confirming it is not SW-");
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheConflictPageAndTheFirstIsKept() throws Exception {
        String family = Staff.uniqueName("Nguyen");
        UUID id = create("Linh", family, "1979-11-30", "phone", "555 410 1000");
        String form = page("intake", "/clients/" + id + "/edit");
        Matcher original = Pattern.compile("name=\"original\" value=\"([^\"]*)\"").matcher(form);
        assertThat(original.find()).isTrue();
        String loaded = original.group(1).replace("&amp;", "&");

        // Two people loaded version 0. The first changes the phone, the second the city.
        mvc.perform(post("/clients/" + id + "/edit").with(Staff.as(staff, "intake")).with(csrf()).param("version", "0")
                        .param("original", loaded).param("givenName", "Linh").param("familyName", family)
                        .param("dateOfBirth", "1979-11-30").param("phone", "555 410 2000"))
                .andExpect(status().is3xxRedirection());
        String conflict = mvc.perform(post("/clients/" + id + "/edit").with(Staff.as(staff, "director")).with(csrf())
                        .param("version", "0").param("original", loaded).param("givenName", "Linh")
                        .param("familyName", family).param("dateOfBirth", "1979-11-30").param("phone", "555 410 1000")
                        .param("city", "Springfield"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        // The database holds the first edit; the second changed nothing.
        assertThat(row(id)).containsEntry("phone", "555 410 2000").containsEntry("city", null).containsEntry("version", 1);
        // Both versions side by side, and a form based on the current version holding the current record with only
        // the second person's change (the city) reapplied: the first person's phone is kept.
        assertThat(conflict).contains("Someone else changed this client").contains("Current record (version 1)")
                .contains("555 410 2000").contains("555 410 1000").contains("Springfield")
                .contains("name=\"version\" value=\"1\"")
                .contains("id=\"phone\" name=\"phone\" type=\"tel\" value=\"555 410 2000\"")
                .contains("id=\"city\" name=\"city\" type=\"text\" value=\"Springfield\"");

        mvc.perform(post("/clients/" + id + "/edit").with(Staff.as(staff, "director")).with(csrf()).param("version", "1")
                        .param("givenName", "Linh").param("familyName", family).param("dateOfBirth", "1979-11-30")
                        .param("phone", "555 410 2000").param("city", "Springfield"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).containsEntry("phone", "555 410 2000").containsEntry("city", "Springfield")
                .containsEntry("version", 2);
        assertThat(audit(id)).filteredOn(a -> a.startsWith("UPDATE")).containsExactly("UPDATE:changed phone",
                "UPDATE:changed city");
    }

    @Test
    void aDeletedClientLeavesSearchAndCannotBeOpened() throws Exception {
        String family = Staff.uniqueName("Brown");
        UUID id = create("Alex", family, "1966-02-02");
        assertThat(page("director", "/clients/" + id + "/delete")).contains("Delete the record of Alex " + family);

        // A reason is required; the intake coordinator may not delete at all.
        mvc.perform(post("/clients/" + id + "/delete").with(Staff.as(staff, "director")).with(csrf()).param("reason", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("field-error")));
        mvc.perform(post("/clients/" + id + "/delete").with(Staff.as(staff, "intake")).with(csrf())
                .param("reason", "Duplicate record")).andExpect(status().isForbidden());
        assertThat(row(id).get("deleted_at")).isNull();

        mvc.perform(post("/clients/" + id + "/delete").with(Staff.as(staff, "director")).with(csrf())
                        .param("reason", "Duplicate of an older record"))
                .andExpect(redirectedUrl("/clients"));
        assertThat(row(id)).containsEntry("deletion_reason", "Duplicate of an older record")
                .containsEntry("deleted_by", "director");
        assertThat(audit(id)).last().isEqualTo("DELETE:Duplicate of an older record");

        assertThat(search("director", family)).doesNotContain(family + "</a>").contains("No client matches");
        mvc.perform(get("/clients/" + id).with(Staff.as(staff, "director"))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/" + id + "/edit").with(Staff.as(staff, "intake"))).andExpect(status().isNotFound());
    }

    @Test
    void aClinicianOutsideTheCareTeamBreaksTheGlassWithAReasonAndTheDirectorReviewsIt() throws Exception {
        String family = Staff.uniqueName("Kowalski");
        UUID id = create("Piotr", family, "1988-08-08");
        // A new referral with no care team is open to the clinician.
        assertThat(page("clinician", "/clients/" + id)).contains("Piotr " + family);

        // The director puts the case manager on the team; now the clinician is outside it.
        String caseManager = staff.byUsername("casemanager").orElseThrow().id().toString();
        mvc.perform(post("/clients/" + id + "/care-team").with(Staff.as(staff, "director")).with(csrf())
                        .param("staffId", caseManager).param("roleOnTeam", "Case manager"))
                .andExpect(redirectedUrl("/clients/" + id + "#care-team"));
        assertThat(page("casemanager", "/clients/" + id)).contains("Piotr " + family).contains("Cam Casemanager");
        mvc.perform(get("/clients/" + id).with(Staff.as(staff, "clinician")))
                .andExpect(redirectedUrl("/clients/" + id + "/break-glass"));
        // ... but search still lists the client for them.
        assertThat(search("clinician", family)).contains("Piotr " + family);

        long toReview = directorsBreakGlassCount();
        String reasonForm = page("clinician", "/clients/" + id + "/break-glass");
        assertThat(reasonForm).contains("Reason for access").contains("Piotr " + family);
        mvc.perform(post("/clients/" + id + "/break-glass").with(Staff.as(staff, "clinician")).with(csrf())
                .param("reason", "too short")).andExpect(status().isBadRequest());
        assertThat(breakGlassRows(id)).isZero();

        mvc.perform(post("/clients/" + id + "/break-glass").with(Staff.as(staff, "clinician")).with(csrf())
                        .param("reason", "Client in crisis at the front desk, care team away"))
                .andExpect(redirectedUrl("/clients/" + id));
        assertThat(breakGlassRows(id)).isOne();
        assertThat(jdbc.sql("SELECT expires_at - granted_at = interval '4 hours' FROM break_glass_access WHERE client_id = ?")
                .param(id).query(Boolean.class).single()).isTrue();
        assertThat(audit(id)).contains("BREAK_GLASS:Client in crisis at the front desk, care team away");
        assertThat(page("clinician", "/clients/" + id)).contains("Piotr " + family).contains("break-glass access");
        assertThat(audit(id)).last().isEqualTo("VIEW:registry record (break-glass)");

        // The director's Today page counts it and the review page lists it until marked reviewed.
        assertThat(directorsBreakGlassCount()).isEqualTo(toReview + 1);
        String review = page("director", "/clients/break-glass");
        assertThat(review).contains("Casey Clinician").contains("Piotr " + family)
                .contains("Client in crisis at the front desk, care team away");
        UUID access = jdbc.sql("SELECT id FROM break_glass_access WHERE client_id = ?").param(id).query(UUID.class).single();
        mvc.perform(post("/clients/break-glass/" + access + "/review").with(Staff.as(staff, "clinician")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/clients/break-glass/" + access + "/review").with(Staff.as(staff, "director")).with(csrf()))
                .andExpect(redirectedUrl("/clients/break-glass"));
        assertThat(directorsBreakGlassCount()).isEqualTo(toReview);
        mvc.perform(post("/clients/break-glass/" + access + "/review").with(Staff.as(staff, "director")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void todayCardsCountNewRegistrationsForIntakeAndEachClinicianOwnClients() throws Exception {
        long registered = todayCount("intake", "Clients registered in the last 7 days");
        long mine = todayCount("clinician", "My clients");
        UUID id = create("Hana", Staff.uniqueName("Sato"), "1996-06-16");
        assertThat(todayCount("intake", "Clients registered in the last 7 days")).isEqualTo(registered + 1);

        String clinician = staff.byUsername("clinician").orElseThrow().id().toString();
        mvc.perform(post("/clients/" + id + "/care-team").with(Staff.as(staff, "director")).with(csrf())
                .param("staffId", clinician).param("roleOnTeam", "Primary clinician")).andExpect(status().is3xxRedirection());
        assertThat(todayCount("clinician", "My clients")).isEqualTo(mine + 1);
        assertThat(page("clinician", "/clients?mine=true")).contains("Hana");
        assertThat(audit(id)).contains("UPDATE:care team: added clinician as Primary clinician");

        // Billing and front desk are not care-team members; a second add of the same person is refused.
        String biller = staff.byUsername("biller").orElseThrow().id().toString();
        mvc.perform(post("/clients/" + id + "/care-team").with(Staff.as(staff, "director")).with(csrf())
                .param("staffId", biller).param("roleOnTeam", "Billing")).andExpect(status().isBadRequest());
        mvc.perform(post("/clients/" + id + "/care-team").with(Staff.as(staff, "director")).with(csrf())
                .param("staffId", clinician).param("roleOnTeam", "Again")).andExpect(status().isConflict());

        mvc.perform(post("/clients/" + id + "/care-team/" + clinician + "/remove").with(Staff.as(staff, "director"))
                .with(csrf())).andExpect(redirectedUrl("/clients/" + id + "#care-team"));
        assertThat(todayCount("clinician", "My clients")).isEqualTo(mine);
        assertThat(audit(id)).last().isEqualTo("UPDATE:care team: removed clinician");
    }

    long todayCount(String as, String title) throws Exception {
        Matcher card = Pattern.compile("<span class=\"count\">(\\d+)</span>\\s*<span class=\"card-title\">" + title + "</span>")
                .matcher(page(as, "/"));
        assertThat(card.find()).as("%s's Today page shows \"%s\"", as, title).isTrue();
        return Long.parseLong(card.group(1));
    }

    long breakGlassRows(UUID client) {
        return jdbc.sql("SELECT count(*) FROM break_glass_access WHERE client_id = ?").param(client).query(Long.class).single();
    }

    long directorsBreakGlassCount() throws Exception {
        Matcher card = Pattern.compile("<span class=\"count\">(\\d+)</span>\\s*<span class=\"card-title\">Break-glass accesses to review</span>")
                .matcher(page("director", "/"));
        assertThat(card.find()).as("the director's Today page shows the break-glass card").isTrue();
        return Long.parseLong(card.group(1));
    }

    @Test
    void theSupportNetworkIsAddedEditedAndRemovedOnTheClientPage() throws Exception {
        UUID id = create("Rosa", Staff.uniqueName("Diaz"), "1971-04-04");
        mvc.perform(post("/clients/" + id + "/support-network").with(Staff.as(staff, "casemanager")).with(csrf())
                        .param("name", "Luis Diaz").param("relationship", "son").param("mayContact", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("give a phone number or an email address")));
        mvc.perform(post("/clients/" + id + "/support-network").with(Staff.as(staff, "casemanager")).with(csrf())
                        .param("name", "Luis Diaz").param("relationship", "son").param("phone", "555 777 1212")
                        .param("mayContact", "true").param("notes", "Lives nearby"))
                .andExpect(redirectedUrl("/clients/" + id + "#support-network"));
        UUID person = jdbc.sql("SELECT id FROM support_person WHERE client_id = ?").param(id).query(UUID.class).single();
        assertThat(page("casemanager", "/clients/" + id)).contains("Luis Diaz").contains("Lives nearby");

        assertThat(page("casemanager", "/clients/" + id + "/support-network/" + person + "/edit")).contains("value=\"Luis Diaz\"");
        mvc.perform(post("/clients/" + id + "/support-network/" + person).with(Staff.as(staff, "casemanager")).with(csrf())
                        .param("version", "0").param("name", "Luis Diaz").param("relationship", "son")
                        .param("phone", "555 777 3434").param("mayContact", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/clients/" + id + "/support-network/" + person).with(Staff.as(staff, "casemanager")).with(csrf())
                        .param("version", "0").param("name", "Luis Diaz").param("relationship", "son")
                        .param("phone", "555 000 0000"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT phone FROM support_person WHERE id = ?").param(person).query(String.class).single())
                .isEqualTo("555 777 3434");

        mvc.perform(post("/clients/" + id + "/support-network/" + person + "/remove").with(Staff.as(staff, "nurse"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/clients/" + id + "/support-network/" + person + "/remove").with(Staff.as(staff, "casemanager"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM support_person WHERE client_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(audit(id)).filteredOn(a -> a.startsWith("UPDATE:support network")).hasSize(3);
    }

    @Test
    void badInputOnTheFormsIsRefusedBesideTheFieldAndChangesNothing() throws Exception {
        long before = clients();
        String tooLong = "x".repeat(101);
        String page = mvc.perform(newClient("intake", "<script>alert(1)</script>", tooLong, "2999-01-01",
                        "email", "not-an-email", "phone", "call me"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("aria-invalid=\"true\"").contains("aria-describedby=\"givenName-error\"")
                .contains("id=\"familyName-error\"").contains("Use at most 100 characters")
                .contains("cannot be in the future").contains("email address like").contains("phone number of 7 to 15")
                .contains("&lt;script&gt;").doesNotContain("<script>alert(1)</script>");
        mvc.perform(post("/clients/new").with(Staff.as(staff, "intake")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the given (first) name.")));
        assertThat(clients()).isEqualTo(before);

        UUID id = create("Kim", Staff.uniqueName("Lee"), "1999-09-09");
        mvc.perform(post("/clients/" + id + "/edit").with(Staff.as(staff, "intake")).with(csrf()).param("version", "zero")
                        .param("givenName", "Kim").param("familyName", "Changed").param("dateOfBirth", "1999-09-09"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/clients/" + id + "/edit").with(Staff.as(staff, "intake")).with(csrf()).param("version", "0")
                        .param("givenName", "Kim").param("familyName", "Changed").param("dateOfBirth", "9/9/99"))
                .andExpect(status().isBadRequest());
        assertThat(row(id)).containsEntry("version", 0).doesNotContainEntry("family_name", "Changed");

        mvc.perform(get("/clients/" + UUID.randomUUID()).with(Staff.as(staff, "intake"))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/not-a-uuid").with(Staff.as(staff, "intake"))).andExpect(status().isBadRequest());
        mvc.perform(get("/clients").param("dob", "someday").with(Staff.as(staff, "intake")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/clients/" + UUID.randomUUID() + "/break-glass").with(Staff.as(staff, "clinician")).with(csrf())
                .param("reason", "A good long reason for access")).andExpect(status().isNotFound());
        mvc.perform(post("/clients/" + id + "/care-team").with(Staff.as(staff, "director")).with(csrf())
                .param("staffId", "nobody").param("roleOnTeam", "Clinician")).andExpect(status().isBadRequest());
        mvc.perform(post("/clients/" + id + "/care-team").with(Staff.as(staff, "director")).with(csrf())
                .param("staffId", UUID.randomUUID().toString()).param("roleOnTeam", "Clinician"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM care_team_member WHERE client_id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void eachPageIsOpenOnlyToTheRolesWhoseWorkNeedsIt() throws Exception {
        UUID id = create("Tess", Staff.uniqueName("Ward"), "1993-03-03");
        mvc.perform(get("/clients").with(Staff.as(staff, "admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/clients/" + id).with(Staff.as(staff, "admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/clients/new").with(Staff.as(staff, "frontdesk"))).andExpect(status().isForbidden());
        mvc.perform(get("/clients/" + id + "/edit").with(Staff.as(staff, "biller"))).andExpect(status().isForbidden());
        mvc.perform(get("/clients/" + id + "/delete").with(Staff.as(staff, "clinician"))).andExpect(status().isForbidden());
        mvc.perform(get("/clients/break-glass").with(Staff.as(staff, "intake"))).andExpect(status().isForbidden());
        mvc.perform(get("/clients/" + id + "/care-team/new").with(Staff.as(staff, "clinician"))).andExpect(status().isForbidden());
        mvc.perform(get("/clients")).andExpect(status().is3xxRedirection()).andExpect(header().string("Location",
                org.hamcrest.Matchers.endsWith("/login")));
        // Front desk and biller open registry records by role.
        assertThat(page("frontdesk", "/clients/" + id)).contains("Tess");
        assertThat(page("biller", "/clients/" + id)).contains("Tess");
        // The new-client form's labelled fields and button, for people and for browser tests.
        assertThat(page("intake", "/clients/new")).contains("<label for=\"givenName\">")
                .contains("<label for=\"familyName\">").contains("<label for=\"dateOfBirth\">").contains("Create client");
        assertThat(page("intake", "/clients")).contains("<label for=\"q\">Search clients</label>").contains("New client");
    }
}
