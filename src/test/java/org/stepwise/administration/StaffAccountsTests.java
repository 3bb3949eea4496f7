package org.stepwise.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.StepwiseTest;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffChanges;
import org.stepwise.staff.StaffManagement;

/** Staff accounts as an administrator manages them: create, edit, deactivate, credentials. */
@StepwiseTest
@AutoConfigureMockMvc
class StaffAccountsTests extends AdminTestSupport {

    @Autowired
    StaffManagement staff;

    @Test
    void anAccountTheAdminCreatesSignsInWithItsFirstPassword() throws Exception {
        String username = unique("new");
        createAccount(username, "CLINICIAN", PASSWORD);

        Browser browser = new Browser(mvc);
        assertThat(browser.signIn(username, PASSWORD)).isEqualTo("/");
        MvcResult today = browser.get("/");
        assertThat(today.getResponse().getStatus()).isEqualTo(200);
        assertThat(today.getResponse().getContentAsString()).contains("Test " + username, "Clinician");
    }

    @Test
    void aGeneratedPasswordIsShownOnceNeverStoredInClearAndWorks() throws Exception {
        String username = unique("gen");
        MvcResult created = adminPost("/admin/staff", "username", username, "displayName", "Gen Erated",
                "role", "NURSE", "passwordChoice", "generate");
        assertThat(created.getResponse().getStatus()).isEqualTo(200);
        assertThat(created.getResponse().getHeader("Cache-Control")).contains("no-store");
        String password = testId(created, "generated-password");
        assertThat(password).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");

        StaffId id = staffId(username);
        assertThat(count("SELECT count(*) FROM staff_login WHERE staff_id = ? AND password_hash LIKE '{argon2}%'",
                id.value())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE detail LIKE ? OR subject LIKE ?",
                "%" + password + "%", "%" + password + "%")).isZero();
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'ADMIN_CHANGE' AND subject = ?",
                "staff " + username)).isEqualTo(1);

        MvcResult page = getAs("admin", "/admin/staff/" + id);
        assertThat(page.getResponse().getContentAsString()).doesNotContain(password);
        assertThat(new Browser(mvc).signIn(username, password)).isEqualTo("/");
    }

    @Test
    void aRoleChangeEndsOpenSessionsAndAppliesFromTheNextSignIn() throws Exception {
        String username = unique("promoted");
        StaffId id = createAccount(username, "FRONT_DESK", PASSWORD);
        Browser browser = new Browser(mvc);
        browser.signIn(username, PASSWORD);
        assertThat(browser.status("/")).isEqualTo(200);
        assertThat(browser.status("/admin/staff")).isEqualTo(403);

        MvcResult edit = adminPost("/admin/staff/" + id, "displayName", "Test " + username, "role", "ADMINISTRATOR",
                "site", "", "email", "", "active", "true", "version", String.valueOf(version(id)));
        assertThat(edit.getResponse().getRedirectedUrl()).isEqualTo("/admin/staff/" + id);
        assertThat(count("SELECT count(*) FROM audit_event WHERE subject = ? AND detail LIKE ?", "staff " + username,
                "%role FRONT_DESK -> ADMINISTRATOR%")).isEqualTo(1);

        // The old session is gone: the next page asks for a sign-in, after which the new role applies.
        assertThat(browser.get("/admin/staff").getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(browser.signIn(username, PASSWORD)).endsWith("/admin/staff?continue");
        assertThat(browser.status("/admin/staff")).isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsTokenAndSessionStopWorking() throws Exception {
        String username = unique("leaver");
        StaffId id = createAccount(username, "CLINICIAN", PASSWORD);
        String token = token(username, PASSWORD, null);
        assertThat(apiStatus("/api/v1/me", token)).isEqualTo(200);
        Browser browser = new Browser(mvc);
        browser.signIn(username, PASSWORD);
        assertThat(browser.status("/")).isEqualTo(200);

        MvcResult deactivate = adminPost("/admin/staff/" + id + "/deactivate", "version", String.valueOf(version(id)));
        assertThat(deactivate.getResponse().getRedirectedUrl()).isEqualTo("/admin/staff/" + id);

        assertThat(apiStatus("/api/v1/me", token)).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM api_token WHERE staff_id = ? AND revoked_at IS NULL", id.value())).isZero();
        assertThat(browser.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(new Browser(mvc).signIn(username, PASSWORD)).isEqualTo("/login?error");
        assertThat(token(username, PASSWORD, null)).isNull();
        assertThat(getAs("admin", "/admin/staff/" + id).getResponse().getContentAsString())
                .contains("This account is deactivated");

        // Clicking "deactivate" again changes nothing and is not an error.
        assertThat(adminPost("/admin/staff/" + id + "/deactivate", "version", "0").getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflictAndOverwritesNothing() throws Exception {
        String username = unique("edited");
        StaffId id = createAccount(username, "NURSE", PASSWORD);
        String opened = String.valueOf(version(id));

        MvcResult first = adminPost("/admin/staff/" + id, "displayName", "First Editor", "role", "NURSE",
                "active", "true", "version", opened);
        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        MvcResult second = adminPost("/admin/staff/" + id, "displayName", "Second Editor", "role", "PRESCRIBER",
                "active", "true", "version", opened);

        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        String page = second.getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this staff record", "First Editor");
        assertThat(page).contains("value=\"Second Editor\""); // their own change is kept in the form to reapply
        assertThat(page).contains("data-testid=\"saved-version\"");
        assertThat(directory.byId(id).orElseThrow().displayName()).isEqualTo("First Editor");
        assertThat(directory.byId(id).orElseThrow().role()).isEqualTo(Role.NURSE);
    }

    @Test
    @Transactional // rolled back: the other administrators are deactivated only inside this test
    void theLastActiveAdministratorCannotBeDemotedOrDeactivated() {
        StaffId admin = directory.byUsername("admin").orElseThrow().id();
        jdbc.sql("UPDATE staff SET active = FALSE WHERE role = 'ADMINISTRATOR' AND id <> ?").param(admin.value()).update();
        int version = version(admin);

        assertThatThrownBy(() -> staff.update(admin, version,
                new StaffChanges("Ada Admin", Role.CLINICIAN, null, null, true)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("only active administrator");
        assertThatThrownBy(() -> staff.deactivate(admin, version))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(directory.byId(admin).orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);
    }

    @Test
    void credentialsShowExpiryBadgesAndReachTheDirectorsTodayPage() throws Exception {
        String username = unique("licensed");
        StaffId id = createAccount(username, "CLINICIAN", PASSWORD);
        LocalDate today = LocalDate.now();
        long before = count("""
                SELECT count(*) FROM staff_credential c JOIN staff s ON s.id = c.staff_id
                WHERE s.active AND c.expires_on <= ?""", today.plusDays(60));

        assertThat(adminPost("/admin/staff/" + id + "/credentials", "licenceType", "lcsw", "licenceNumber",
                unique("N"), "issuingState", "ny", "expiresOn", today.plusDays(10).toString(),
                "requiresCosignature", "true").getResponse().getStatus()).isEqualTo(302);
        assertThat(adminPost("/admin/staff/" + id + "/credentials", "licenceType", "CADC", "licenceNumber",
                unique("N"), "expiresOn", today.minusDays(3).toString()).getResponse().getStatus()).isEqualTo(302);
        assertThat(adminPost("/admin/staff/" + id + "/credentials", "licenceType", "MD", "licenceNumber",
                unique("N"), "expiresOn", today.plusYears(2).toString()).getResponse().getStatus()).isEqualTo(302);

        String page = getAs("admin", "/admin/staff/" + id).getResponse().getContentAsString();
        assertThat(page).contains("LCSW", "NY", "expires in 10 days", "expired 3 days ago");
        assertThat(page).containsPattern("class=\"badge danger\">expired 3 days ago");
        assertThat(getAs("admin", "/admin/staff?credentials=attention").getResponse().getContentAsString())
                .contains("Test " + username, "expired 3 days ago");

        String directorsList = getAs("director", "/staff/credentials").getResponse().getContentAsString();
        // Only this person's expiring credentials are listed for them: the MD licence valid for two years is not.
        java.util.List<String> theirRows = java.util.Arrays.stream(directorsList.split("<tr"))
                .filter(row -> row.contains("Test " + username)).toList();
        assertThat(theirRows).hasSize(2);
        assertThat(String.join("", theirRows)).contains("LCSW", "CADC").doesNotContain(">MD<");
        assertThat(getAs("director", "/").getResponse().getContentAsString())
                .contains("Staff credentials expiring within 60 days", ">" + (before + 2) + "<");
        assertThat(getAs("admin", "/").getResponse().getContentAsString())
                .contains("Credentials expiring within 60 days", "Locked accounts");

        String cadc = jdbc.sql("SELECT id::text FROM staff_credential WHERE staff_id = ? AND licence_type = 'CADC'")
                .param(id.value()).query(String.class).single();
        assertThat(adminPost("/admin/staff/" + id + "/credentials/" + cadc + "/remove").getResponse().getStatus())
                .isEqualTo(302);
        assertThat(getAs("admin", "/admin/staff/" + id).getResponse().getContentAsString())
                .doesNotContain(">CADC<").contains(">LCSW<");
        assertThat(count("SELECT count(*) FROM audit_event WHERE subject = ? AND detail LIKE 'credential%'",
                "staff " + username)).isEqualTo(4);
    }

    @Test
    void theStaffListFiltersByRoleAndStatus() throws Exception {
        String leaver = unique("filtered");
        StaffId id = createAccount(leaver, "NURSE", PASSWORD);
        adminPost("/admin/staff/" + id + "/deactivate", "version", String.valueOf(version(id)));
        String stayer = unique("filtered");
        createAccount(stayer, "NURSE", PASSWORD);
        String biller = unique("filtered");
        createAccount(biller, "BILLER", PASSWORD);

        assertThat(getAs("admin", "/admin/staff?role=NURSE&active=false").getResponse().getContentAsString())
                .contains("Test " + leaver).doesNotContain("Test " + stayer, "Test " + biller);
        assertThat(getAs("admin", "/admin/staff?role=NURSE&active=true").getResponse().getContentAsString())
                .contains("Test " + stayer).doesNotContain("Test " + leaver, "Test " + biller);
        assertThat(getAs("admin", "/admin/staff?role=BILLER").getResponse().getContentAsString())
                .contains("Test " + biller).doesNotContain("Test " + stayer);
        assertThat(getAs("admin", "/admin/staff?role=SURGEON").getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theStaffApiListsRecordsWithoutSecrets() throws Exception {
        String username = unique("api");
        createAccount(username, "BILLER", PASSWORD);
        String admin = token("admin", DEMO_PASSWORD, null);

        MvcResult all = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/staff?role=BILLER").header("Authorization", "Bearer " + admin)).andReturn();
        assertThat(all.getResponse().getStatus()).isEqualTo(200);
        String json = all.getResponse().getContentAsString();
        assertThat(json).contains("\"username\":\"" + username + "\"", "\"role\":\"BILLER\"", "\"mfaEnabled\":false")
                .doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("secret")
                .doesNotContain("\"role\":\"NURSE\"");

        MvcResult bad = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/staff?active=perhaps").header("Authorization", "Bearer " + admin)).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentType()).contains("application/problem+json");
    }

    @Test
    void badInputOnTheAccountFormIsRefusedBesideTheFieldAndCreatesNothing() throws Exception {
        long staffRows = count("SELECT count(*) FROM staff");
        String taken = unique("taken");
        createAccount(taken, "NURSE", PASSWORD);
        staffRows++;
        String fresh = unique("fresh");
        String[][] cases = {
            {"username", "", "Enter a username"},
            {"username", "ab", "Use 3 to 40 characters"},
            {"username", "j smith", "Use 3 to 40 characters"},
            {"username", "x".repeat(41), "Use 3 to 40 characters"},
            {"username", "<b>boss</b>", "Use 3 to 40 characters"},
            {"username", taken.toUpperCase(), "This username is taken"},
            {"displayName", "", "Enter the person"},
            {"displayName", "n".repeat(121), "120 characters or fewer"},
            {"displayName", "<script>alert(1)</script>", "Leave out the characters &lt; and &gt;"},
            {"role", "", "Choose a role"},
            {"role", "SUPERUSER", "Choose one of the listed options"},
            {"site", "not-a-site", "Choose one of the listed options"},
            {"site", "00000000-0000-0000-0000-000000000000", "Choose one of the listed sites"},
            {"email", "not an email", "Enter an email address"},
            {"password", "too short", "at least 12 characters"},
            {"password", "", "Enter a password"},
            {"password", "x".repeat(201), "at most 200 characters"},
            {"password", "my name is " + fresh, "Do not use the username"},
        };
        for (String[] bad : cases) {
            String[] params = {"username", fresh, "displayName", "Fresh Person", "role", "CLINICIAN", "site", "",
                "email", "", "passwordChoice", "type", "password", PASSWORD};
            for (int i = 0; i < params.length; i += 2) {
                if (params[i].equals(bad[0])) {
                    params[i + 1] = bad[1];
                }
            }
            MvcResult result = adminPost("/admin/staff", params);
            assertThat(result.getResponse().getStatus()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
            String html = result.getResponse().getContentAsString();
            assertThat(html).as(bad[0] + "=" + bad[1]).contains(bad[2], "id=\"" + bad[0] + "-error\"",
                    "aria-invalid=\"true\"").doesNotContain("<script>alert(1)</script>", PASSWORD);
        }
        assertThat(count("SELECT count(*) FROM staff")).isEqualTo(staffRows);
        assertThat(count("SELECT count(*) FROM audit_event WHERE subject = ?", "staff " + fresh)).isZero();
    }

    @Test
    void badInputOnTheEditAndCredentialFormsIsRefusedAndChangesNothing() throws Exception {
        String username = unique("steady");
        StaffId id = createAccount(username, "CASE_MANAGER", PASSWORD);
        String version = String.valueOf(version(id));

        MvcResult noVersion = adminPost("/admin/staff/" + id, "displayName", "Changed", "role", "NURSE", "active", "true");
        assertThat(noVersion.getResponse().getStatus()).isEqualTo(400);
        assertThat(noVersion.getResponse().getContentAsString()).contains("open the page again");
        MvcResult badRole = adminPost("/admin/staff/" + id, "displayName", "", "role", "GOD", "active", "true",
                "version", version);
        assertThat(badRole.getResponse().getStatus()).isEqualTo(400);
        assertThat(badRole.getResponse().getContentAsString()).contains("id=\"role-error\"", "id=\"displayName-error\"");
        assertThat(adminPost("/admin/staff/" + id, "displayName", "Changed", "role", "NURSE", "active", "true",
                "version", "seven").getResponse().getStatus()).isEqualTo(400);
        assertThat(adminPost("/admin/staff/" + id + "/deactivate").getResponse().getStatus()).isEqualTo(400);
        assertThat(adminPost("/admin/staff/" + UUID.randomUUID(), "displayName", "X", "role", "NURSE",
                "version", "0").getResponse().getStatus()).isEqualTo(404);
        assertThat(getAs("admin", "/admin/staff/12345").getResponse().getStatus()).isEqualTo(400);
        assertThat(directory.byId(id).orElseThrow().displayName()).isEqualTo("Test " + username);
        assertThat(directory.byId(id).orElseThrow().role()).isEqualTo(Role.CASE_MANAGER);

        String number = unique("LIC");
        assertThat(adminPost("/admin/staff/" + id + "/credentials", "licenceType", "LPC", "licenceNumber", number,
                "issuingState", "NJ").getResponse().getStatus()).isEqualTo(302);
        String[][] cases = {
            {"licenceType", "", "Enter the licence type"},
            {"licenceType", "L".repeat(41), "40 characters or fewer"},
            {"licenceNumber", "", "Enter the licence number"},
            {"licenceNumber", "<i>1</i>", "Leave out the characters"},
            {"expiresOn", "31/12/2027", "Enter a date as yyyy-mm-dd"},
            {"expiresOn", "2300-01-01", "between 1950 and 2199"},
            {"licenceNumber", number, "already on record"},
        };
        for (String[] bad : cases) {
            String[] params = {"licenceType", "LPC", "licenceNumber", unique("LIC"), "issuingState", "NJ",
                "expiresOn", ""};
            for (int i = 0; i < params.length; i += 2) {
                if (params[i].equals(bad[0])) {
                    params[i + 1] = bad[1];
                }
            }
            MvcResult result = adminPost("/admin/staff/" + id + "/credentials", params);
            assertThat(result.getResponse().getStatus()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
            assertThat(result.getResponse().getContentAsString()).as(bad[0] + "=" + bad[1]).contains(bad[2]);
        }
        assertThat(count("SELECT count(*) FROM staff_credential WHERE staff_id = ?", id.value())).isEqualTo(1);
        assertThat(adminPost("/admin/staff/" + id + "/credentials/" + UUID.randomUUID() + "/remove")
                .getResponse().getStatus()).isEqualTo(404);
    }
}
