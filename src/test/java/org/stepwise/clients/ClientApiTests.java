package org.stepwise.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.StaffDirectory;

@StepwiseTest
@AutoConfigureMockMvc
class ClientApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    ResultActions call(MockHttpServletRequestBuilder request, String as, String json) throws Exception {
        return mvc.perform(request.with(Staff.as(staff, as)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions call(MockHttpServletRequestBuilder request, String as) throws Exception {
        return mvc.perform(request.with(Staff.as(staff, as)));
    }

    static String client(String given, String family, String dob, String extra) {
        return """
                {"givenName": "%s", "familyName": "%s", "dateOfBirth": "%s"%s}""".formatted(given, family, dob,
                extra.isEmpty() ? "" : ", " + extra);
    }

    UUID create(String as, String json) throws Exception {
        String location = call(post("/api/v1/clients"), as, json)
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return UUID.fromString(location.substring("/api/v1/clients/".length()));
    }

    List<String> audit(UUID client) {
        return jdbc.sql("SELECT action || ':' || coalesce(detail, '') FROM audit_event WHERE client_id = ? ORDER BY seq")
                .param(client).query(String.class).list();
    }

    long searchAuditRows() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'SEARCH'").query(Long.class).single();
    }

    long clients() {
        return jdbc.sql("SELECT count(*) FROM client").query(Long.class).single();
    }

    @Test
    void createsSearchesInEveryWayReadsAndUpdates() throws Exception {
        String family = Staff.uniqueName("Okonkwo");
        String body = client("Chinwe", family, "1982-12-01", """
                "preferredName": "Chi", "pronouns": "she/her", "phone": "+1 (555) 640-1212", "sexAtBirth": "FEMALE",
                "interpreterNeeded": true, "preferredLanguage": "Igbo" """);
        String created = call(post("/api/v1/clients"), "intake", body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/clients/")))
                .andExpect(jsonPath("$.recordNumber").value(org.hamcrest.Matchers.matchesPattern("SW-\\d{6,}")))
                .andExpect(jsonPath("$.displayName").value("Chi " + family))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(created, "$.id"));
        String record = JsonPath.read(created, "$.recordNumber");

        long searches = searchAuditRows();
        String prefix = family.substring(0, 9).toUpperCase();
        for (Map<String, String> query : List.of(Map.of("q", prefix), Map.of("q", "chi " + prefix.toLowerCase()),
                Map.of("q", prefix + " chinwe"), Map.of("q", record), Map.of("recordNumber", record.substring(3)),
                Map.of("dob", "1982-12-01"), Map.of("q", "1982-12-01"), Map.of("phone", "555-640"),
                Map.of("q", "(555) 6401"), Map.of("q", prefix, "dob", "1982-12-01", "phone", "5556401212"))) {
            MockHttpServletRequestBuilder search = get("/api/v1/clients");
            query.forEach(search::param);
            call(search, "frontdesk")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.results[*].id").value(hasItem(id.toString())))
                    .andExpect(jsonPath("$.results[?(@.id == '" + id + "')].dateOfBirth").value(hasItem("1982-12-01")))
                    .andExpect(jsonPath("$.results[0].phone").doesNotExist());
        }
        call(get("/api/v1/clients").param("q", prefix).param("dob", "1982-12-02"), "frontdesk")
                .andExpect(jsonPath("$.results").value(hasSize(0)));
        call(get("/api/v1/clients").param("q", "hi " + prefix), "frontdesk")
                .andExpect(jsonPath("$.results").value(hasSize(0)));
        // Every search is audited with its criteria.
        assertThat(searchAuditRows()).isEqualTo(searches + 12);
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'SEARCH' ORDER BY seq DESC LIMIT 1")
                .query(String.class).single()).isEqualTo("q=hi " + prefix + "; limit=25");

        call(get("/api/v1/clients/" + id), "intake")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.givenName").value("Chinwe"))
                .andExpect(jsonPath("$.phone").value("+1 (555) 640-1212"))
                .andExpect(jsonPath("$.interpreterNeeded").value(true))
                .andExpect(jsonPath("$.supportNetwork").isArray());
        assertThat(audit(id)).containsExactly("CREATE:registered", "VIEW:registry record");

        call(put("/api/v1/clients/" + id), "intake", client("Chinwe", family, "1982-12-01", """
                "preferredName": "Chi", "pronouns": "she/her", "phone": "+1 (555) 640-1212", "sexAtBirth": "FEMALE",
                "interpreterNeeded": false, "preferredLanguage": "English", "version": 0"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.preferredLanguage").value("English"));
        assertThat(audit(id)).last().isEqualTo("UPDATE:changed preferredLanguage, interpreterNeeded");
    }

    @Test
    void nameSearchListsFamilyNameMatchesFirstThenGivenThenPreferredAndEachClientOnce() throws Exception {
        String stem = Staff.uniqueName("Qz");
        UUID son = create("intake", client("Ann", stem + "son", "1980-01-01", ""));
        UUID given = create("intake", client(stem + "ina", "Adams", "1981-01-01", ""));
        UUID preferred = create("intake", client("Bob", "Baker", "1982-01-01", "\"preferredName\": \"" + stem + "\""));
        UUID both = create("intake", client(stem + "ie", stem + "ley", "1983-01-01", ""));
        call(get("/api/v1/clients").param("q", stem.toLowerCase()), "frontdesk")
                .andExpect(jsonPath("$.results[*].id").value(org.hamcrest.Matchers.contains(both.toString(),
                        son.toString(), given.toString(), preferred.toString())));
        call(get("/api/v1/clients").param("q", stem).param("limit", "2"), "frontdesk")
                .andExpect(jsonPath("$.results[*].id").value(org.hamcrest.Matchers.contains(both.toString(),
                        son.toString())));
        // Two words: one starts the family name, the other the given or preferred name, in either order.
        call(get("/api/v1/clients").param("q", "ann " + stem), "frontdesk")
                .andExpect(jsonPath("$.results[*].id").value(org.hamcrest.Matchers.contains(son.toString())));
        call(get("/api/v1/clients").param("q", stem + " bob"), "frontdesk")
                .andExpect(jsonPath("$.results").value(hasSize(0)));
        call(get("/api/v1/clients").param("q", "baker " + stem), "frontdesk")
                .andExpect(jsonPath("$.results[*].id").value(org.hamcrest.Matchers.contains(preferred.toString())));
    }

    @Test
    void refusesALikelyDuplicateUntilConfirmed() throws Exception {
        String family = Staff.uniqueName("Haddad");
        UUID first = create("intake", client("Omar", family, "1970-10-10", ""));
        long before = clients();
        call(post("/api/v1/clients"), "intake", client("Omer", family, "1970-10-10", ""))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Possible duplicate"))
                .andExpect(jsonPath("$.candidates[*].id").value(hasItem(first.toString())))
                .andExpect(jsonPath("$.detail").value(containsString("confirmDuplicate")));
        assertThat(clients()).isEqualTo(before);
        create("intake", client("Omer", family, "1970-10-10", "\"confirmDuplicate\": true"));
        assertThat(clients()).isEqualTo(before + 1);
    }

    @Test
    void aStaleVersionGets409WithBothVersionsAndTheFirstEditStands() throws Exception {
        String family = Staff.uniqueName("Schmidt");
        UUID id = create("intake", client("Greta", family, "1961-06-06", "\"city\": \"Dayton\""));
        call(put("/api/v1/clients/" + id), "intake", client("Greta", family, "1961-06-06",
                "\"city\": \"Toledo\", \"version\": 0")).andExpect(status().isOk());
        call(put("/api/v1/clients/" + id), "director", client("Greta", family, "1961-06-06",
                "\"city\": \"Akron\", \"version\": 0"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Edit conflict"))
                .andExpect(jsonPath("$.current.city").value("Toledo"))
                .andExpect(jsonPath("$.current.version").value(1))
                .andExpect(jsonPath("$.submitted.city").value("Akron"))
                .andExpect(jsonPath("$.submitted.version").value(0));
        assertThat(jdbc.sql("SELECT city || ':' || version FROM client WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Toledo:1");
        // A retried request asking for what is already there is not a conflict.
        call(put("/api/v1/clients/" + id), "intake", client("Greta", family, "1961-06-06",
                "\"city\": \"Toledo\", \"version\": 0")).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        call(put("/api/v1/clients/" + id), "intake", client("Greta", family, "1961-06-06", "\"city\": \"Kent\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void deletingNeedsADirectorAndAReasonThenTheClientIsGone() throws Exception {
        String family = Staff.uniqueName("Ivanova");
        UUID id = create("intake", client("Olga", family, "1955-05-05", ""));
        call(delete("/api/v1/clients/" + id), "intake", "{\"reason\": \"Created by mistake\"}")
                .andExpect(status().isForbidden());
        call(delete("/api/v1/clients/" + id), "director").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(delete("/api/v1/clients/" + id), "director", "{\"reason\": \"Created by mistake\"}")
                .andExpect(status().isNoContent());
        assertThat(audit(id)).last().isEqualTo("DELETE:Created by mistake");
        call(get("/api/v1/clients/" + id), "director").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
        call(get("/api/v1/clients").param("q", family), "director").andExpect(jsonPath("$.results").value(hasSize(0)));
        call(put("/api/v1/clients/" + id), "director", client("Olga", family, "1955-05-05", "\"version\": 1"))
                .andExpect(status().isNotFound());
        call(delete("/api/v1/clients/" + id), "director", "{\"reason\": \"Created by mistake\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void outsideTheCareTeamTheApiAsksForBreakGlassThenAllowsIt() throws Exception {
        String family = Staff.uniqueName("Tanaka");
        UUID id = create("intake", client("Yuki", family, "2001-01-21", ""));
        UUID nurse = staff.byUsername("nurse").orElseThrow().id().value();
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, 'Nurse', now())")
                .params(id, nurse).update();

        call(get("/api/v1/clients/" + id), "nurse").andExpect(status().isOk());
        call(get("/api/v1/clients/" + id), "prescriber")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.breakGlassRequired").value(true))
                .andExpect(jsonPath("$.breakGlassUrl").value("/api/v1/clients/" + id + "/break-glass"));
        call(put("/api/v1/clients/" + id), "casemanager", client("Yuki", family, "2001-01-21", "\"version\": 0"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.breakGlassRequired").value(true));

        call(post("/api/v1/clients/" + id + "/break-glass"), "prescriber", "{\"reason\": \"short\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(post("/api/v1/clients/" + id + "/break-glass"), "prescriber",
                "{\"reason\": \"Urgent medication question from pharmacy\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.granted").value(true))
                .andExpect(jsonPath("$.expiresAt").exists());
        call(get("/api/v1/clients/" + id), "prescriber").andExpect(status().isOk());
        assertThat(audit(id)).contains("BREAK_GLASS:Urgent medication question from pharmacy",
                "VIEW:registry record (break-glass)");
        // Someone who may already open the chart needs no break-glass, and none is recorded.
        call(post("/api/v1/clients/" + id + "/break-glass"), "nurse", "{\"reason\": \"Just checking the record\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.granted").value(false));
        assertThat(jdbc.sql("SELECT count(*) FROM break_glass_access WHERE client_id = ?").param(id).query(Long.class)
                .single()).isOne();
    }

    @Test
    void supportNetworkOverTheApi() throws Exception {
        UUID id = create("intake", client("Ana", Staff.uniqueName("Silva"), "1999-12-12", ""));
        String added = call(post("/api/v1/clients/" + id + "/support-network"), "intake",
                "{\"name\": \"Bea Silva\", \"relationship\": \"sister\", \"email\": \"bea@example.org\", \"mayContact\": true}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        String person = JsonPath.read(added, "$.id");
        call(get("/api/v1/clients/" + id + "/support-network/" + person), "frontdesk").andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Bea Silva"));
        call(put("/api/v1/clients/" + id + "/support-network/" + person), "intake",
                "{\"name\": \"Bea Silva\", \"relationship\": \"sister\", \"email\": \"bea@example.org\", \"mayContact\": false, \"version\": 0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        call(put("/api/v1/clients/" + id + "/support-network/" + person), "intake",
                "{\"name\": \"Bea S.\", \"relationship\": \"sister\", \"version\": 0}")
                .andExpect(status().isConflict());
        call(get("/api/v1/clients/" + id), "intake").andExpect(jsonPath("$.supportNetwork[0].mayContact").value(false));
        call(delete("/api/v1/clients/" + id + "/support-network/" + person), "frontdesk").andExpect(status().isForbidden());
        call(delete("/api/v1/clients/" + id + "/support-network/" + person), "intake").andExpect(status().isNoContent());
        call(delete("/api/v1/clients/" + id + "/support-network/" + person), "intake").andExpect(status().isNotFound());
        call(get("/api/v1/clients/" + id + "/support-network/" + UUID.randomUUID()), "intake").andExpect(status().isNotFound());
    }

    @Test
    void badInputGetsAProblemNamingTheFieldAndChangesNothing() throws Exception {
        long before = clients();
        call(post("/api/v1/clients"), "intake", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("givenName", "familyName",
                        "dateOfBirth")));
        call(post("/api/v1/clients"), "intake", client("A", "x".repeat(101), "1980-01-01", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("familyName"));
        call(post("/api/v1/clients"), "intake", client("<script>alert(1)</script>", "Doe", "1980-01-01", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("givenName"));
        call(post("/api/v1/clients"), "intake", client("Jane", "Doe", "1980-02-31", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        call(post("/api/v1/clients"), "intake", client("Jane", "Doe", "1980-01-01", "\"interpreterNeeded\": \"maybe\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("interpreterNeeded"));
        call(post("/api/v1/clients"), "intake", client("Jane", "Doe", "1980-01-01", "\"sexAtBirth\": \"X\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sexAtBirth"));
        call(post("/api/v1/clients"), "intake", "{\"givenName\": ")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
        call(post("/api/v1/clients"), "intake", "[1, 2]").andExpect(status().isBadRequest());
        call(post("/api/v1/clients"), "frontdesk", client("Jane", "Doe", "1980-01-01", "")).andExpect(status().isForbidden());
        assertThat(clients()).isEqualTo(before);

        call(get("/api/v1/clients"), "intake").andExpect(status().isBadRequest());
        call(get("/api/v1/clients").param("limit", "500").param("q", "a"), "intake").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        call(get("/api/v1/clients").param("limit", "ten").param("q", "a"), "intake").andExpect(status().isBadRequest());
        call(get("/api/v1/clients").param("dob", "01-01-1980"), "intake").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dob"));
        call(get("/api/v1/clients").param("q", "y".repeat(101)), "intake").andExpect(status().isBadRequest());
        call(get("/api/v1/clients").param("recordNumber", "ABC"), "intake").andExpect(status().isBadRequest());
        call(get("/api/v1/clients/" + UUID.randomUUID()), "intake").andExpect(status().isNotFound());
        call(get("/api/v1/clients/12345"), "intake").andExpect(status().isBadRequest());
        call(get("/api/v1/clients").param("q", "a"), "admin").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/clients").param("q", "a")).andExpect(status().isUnauthorized());
    }

    @Test
    void aRealBearerTokenWorksLikeASignedInUser() throws Exception {
        String token = JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"intake\", \"password\": \"test-password-1\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.token");
        String family = Staff.uniqueName("Token");
        mvc.perform(post("/api/v1/clients").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(client("Tia", family, "1991-01-01", "")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/clients").param("q", family).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.results[0].displayName").value("Tia " + family));
    }
}
