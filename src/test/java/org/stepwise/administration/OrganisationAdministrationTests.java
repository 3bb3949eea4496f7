package org.stepwise.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stepwise.StepwiseTest;

/** Sites, programs, tracks and rooms through the organisation pages and the API. */
@StepwiseTest
@AutoConfigureMockMvc
class OrganisationAdministrationTests extends AdminTestSupport {

    private static final String PROGRAMS = "SELECT count(*) FROM program";

    @Test
    void anAdministratorBuildsASiteWithAProgramTrackAndRoomThatTheApiLists() throws Exception {
        String siteName = unique("Harbor Center");
        assertThat(adminPost("/admin/organisation/sites", "name", siteName, "address", "1 Harbor Way",
                "timeZone", "America/Chicago", "crisisLine", "988").getResponse().getRedirectedUrl())
                .isEqualTo("/admin/organisation");
        UUID site = id("site", siteName);
        assertThat(adminPost("/admin/organisation/sites/" + site + "/programs", "name", "Adult MH IOP",
                "kind", "MENTAL_HEALTH", "weeklyHours", "9.5", "lengthOfStayDays", "84").getResponse().getStatus())
                .isEqualTo(302);
        UUID program = jdbc.sql("SELECT id FROM program WHERE site_id = ?").param(site).query(UUID.class).single();
        assertThat(adminPost("/admin/organisation/programs/" + program + "/tracks", "name", "Evening group",
                "period", "EVENING", "capacity", "10").getResponse().getStatus()).isEqualTo(302);
        assertThat(adminPost("/admin/organisation/sites/" + site + "/rooms", "name", "Group room 1", "capacity", "14")
                .getResponse().getStatus()).isEqualTo(302);

        String page = getAs("admin", "/admin/organisation").getResponse().getContentAsString();
        assertThat(page).contains(siteName, "1 Harbor Way", "America/Chicago", "Adult MH IOP", "Mental health IOP",
                "9.5", "84 days", "Evening group", "Evening, 10 places", "Group room 1");
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'ADMIN_CHANGE' AND subject IN (?, ?, ?, ?)",
                "site " + siteName, "program Adult MH IOP", "track Evening group", "room Group room 1"))
                .isGreaterThanOrEqualTo(4);

        // Any signed-in role may read the organisation through the API.
        String token = token("frontdesk", DEMO_PASSWORD, null);
        MvcResult api = mvc.perform(MockMvcRequestBuilders.get("/api/v1/organisation")
                .header("Authorization", "Bearer " + token)).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.getResponse().getContentAsString()).contains("\"name\":\"" + siteName + "\"",
                "\"timeZone\":\"America/Chicago\"", "\"kind\":\"MENTAL_HEALTH\"", "\"defaultWeeklyHours\":9.5",
                "\"defaultLengthOfStayDays\":84", "\"period\":\"EVENING\"", "\"capacity\":10",
                "\"name\":\"Group room 1\"", "\"capacity\":14");
        assertThat(apiStatus("/api/v1/organisation", null)).isEqualTo(401);
    }

    @Test
    void weeklyHoursOutsideSixToNineteenAndBadLengthsAreRefusedBesideTheField() throws Exception {
        UUID site = newSite();
        long before = count(PROGRAMS);
        String[][] cases = {
            {"weeklyHours", "20", "20 or more is partial hospitalization"},
            {"weeklyHours", "5.5", "at least 6"},
            {"weeklyHours", "9.25", "steps of a tenth"},
            {"weeklyHours", "nine", "Enter a number"},
            {"weeklyHours", "", "Enter the default weekly hours"},
            {"lengthOfStayDays", "13", "at least 14 days"},
            {"lengthOfStayDays", "367", "at most 366 days"},
            {"lengthOfStayDays", "12.5", "whole number"},
            {"kind", "PARTIAL_HOSPITALIZATION", "Choose one of the listed options"},
            {"kind", "", "Choose what the program treats"},
            {"name", "", "Enter the program"},
            {"name", "x".repeat(121), "120 characters or fewer"},
            {"name", "<script>alert(1)</script>", "Leave out the characters &lt; and &gt;"},
        };
        for (String[] bad : cases) {
            String[] params = {"name", "Program " + bad[1], "kind", "SUBSTANCE_USE", "weeklyHours", "12",
                "lengthOfStayDays", "90"};
            for (int i = 0; i < params.length; i += 2) {
                if (params[i].equals(bad[0])) {
                    params[i + 1] = bad[1];
                }
            }
            MvcResult result = adminPost("/admin/organisation/sites/" + site + "/programs", params);
            assertThat(result.getResponse().getStatus()).as(bad[0] + "=" + bad[1]).isEqualTo(400);
            String html = result.getResponse().getContentAsString();
            assertThat(html).as(bad[0] + "=" + bad[1]).contains(bad[2], "id=\"" + bad[0] + "-error\"",
                    "aria-invalid=\"true\"", "Nothing was saved");
            assertThat(html).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(count(PROGRAMS)).isEqualTo(before);
    }

    @Test
    void duplicateNamesAreRefusedWhateverTheirCase() throws Exception {
        UUID site = newSite();
        String name = jdbc.sql("SELECT name FROM site WHERE id = ?").param(site).query(String.class).single();
        MvcResult twin = adminPost("/admin/organisation/sites", "name", "  " + name.toUpperCase() + " ",
                "timeZone", "America/New_York", "crisisLine", "988");
        assertThat(twin.getResponse().getStatus()).isEqualTo(400);
        assertThat(twin.getResponse().getContentAsString()).contains("A site with this name already exists");

        adminPost("/admin/organisation/sites/" + site + "/rooms", "name", "Quiet room", "capacity", "4");
        MvcResult room = adminPost("/admin/organisation/sites/" + site + "/rooms", "name", "quiet ROOM", "capacity", "6");
        assertThat(room.getResponse().getStatus()).isEqualTo(400);
        assertThat(room.getResponse().getContentAsString()).contains("already has a room with this name");
        assertThat(count("SELECT count(*) FROM room WHERE site_id = ?", site)).isEqualTo(1);

        adminPost("/admin/organisation/sites/" + site + "/programs", "name", "SUD IOP", "kind", "SUBSTANCE_USE",
                "weeklyHours", "9", "lengthOfStayDays", "90");
        assertThat(adminPost("/admin/organisation/sites/" + site + "/programs", "name", "sud iop", "kind",
                "CO_OCCURRING", "weeklyHours", "10", "lengthOfStayDays", "90").getResponse().getStatus()).isEqualTo(400);
        UUID program = jdbc.sql("SELECT id FROM program WHERE site_id = ?").param(site).query(UUID.class).single();
        adminPost("/admin/organisation/programs/" + program + "/tracks", "name", "Day", "period", "DAY", "capacity", "12");
        MvcResult track = adminPost("/admin/organisation/programs/" + program + "/tracks", "name", "DAY", "period",
                "EVENING", "capacity", "12");
        assertThat(track.getResponse().getStatus()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM track WHERE program_id = ?", program)).isEqualTo(1);
    }

    @Test
    void badSiteTracksAndRoomsAreRefusedAndChangeNothing() throws Exception {
        long sites = count("SELECT count(*) FROM site");
        MvcResult zone = adminPost("/admin/organisation/sites", "name", unique("Zone test"), "timeZone", "Mars/Olympus",
                "crisisLine", "988");
        assertThat(zone.getResponse().getStatus()).isEqualTo(400);
        assertThat(zone.getResponse().getContentAsString()).contains("not a time zone name", "id=\"timeZone-error\"");
        MvcResult missing = adminPost("/admin/organisation/sites");
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(missing.getResponse().getContentAsString()).contains("Enter the site", "Enter the crisis line");
        assertThat(adminPost("/admin/organisation/sites", "name", "Long", "timeZone", "America/New_York",
                "crisisLine", "988", "address", "a".repeat(301)).getResponse().getStatus()).isEqualTo(400);
        assertThat(count("SELECT count(*) FROM site")).isEqualTo(sites);

        UUID site = newSite();
        assertThat(adminPost("/admin/organisation/sites/" + site + "/rooms", "name", "Hall", "capacity", "0")
                .getResponse().getContentAsString()).contains("at least 1");
        assertThat(adminPost("/admin/organisation/sites/" + site + "/rooms", "name", "Hall", "capacity", "201")
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(adminPost("/admin/organisation/sites/" + site + "/rooms", "name", "Hall", "capacity", "many")
                .getResponse().getContentAsString()).contains("Enter a whole number");
        assertThat(count("SELECT count(*) FROM room WHERE site_id = ?", site)).isZero();

        UUID nowhere = UUID.randomUUID();
        assertThat(adminPost("/admin/organisation/sites/" + nowhere + "/rooms", "name", "Hall", "capacity", "5")
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(getAs("admin", "/admin/organisation/programs/" + nowhere + "/edit").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(getAs("admin", "/admin/organisation/sites/not-a-uuid/edit").getResponse().getStatus())
                .isEqualTo(400);
        assertThat(adminPost("/admin/organisation/tracks/" + nowhere, "name", "X", "period", "DAY", "capacity", "5")
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theSecondOfTwoConcurrentSiteEditsGetsAConflict() throws Exception {
        UUID site = newSite();
        String name = jdbc.sql("SELECT name FROM site WHERE id = ?").param(site).query(String.class).single();
        assertThat(getAs("admin", "/admin/organisation/sites/" + site + "/edit").getResponse().getContentAsString())
                .contains("name=\"version\" value=\"0\"");
        assertThat(adminPost("/admin/organisation/sites/" + site, "name", name, "timeZone", "America/Denver",
                "crisisLine", "988", "version", "0").getResponse().getStatus()).isEqualTo(302);
        MvcResult stale = adminPost("/admin/organisation/sites/" + site, "name", name, "timeZone", "America/Phoenix",
                "crisisLine", "1-800-000-0000", "version", "0");
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("Someone else changed this site",
                "America/Denver", "name=\"version\" value=\"1\"");
        assertThat(jdbc.sql("SELECT timezone FROM site WHERE id = ?").param(site).query(String.class).single())
                .isEqualTo("America/Denver");
        assertThat(adminPost("/admin/organisation/sites/" + site, "name", name, "timeZone", "America/Denver",
                "crisisLine", "988").getResponse().getStatus()).isEqualTo(400); // no version at all
    }

    private UUID newSite() throws Exception {
        String name = unique("Site");
        adminPost("/admin/organisation/sites", "name", name, "timeZone", "America/New_York", "crisisLine", "988");
        return id("site", name);
    }

    private UUID id(String table, String name) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE name = ?").param(name).query(UUID.class).single();
    }
}
