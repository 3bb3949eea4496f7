package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;

/** A program's note format, chosen on the program's page: saved under the program's version, audited. */
@StepwiseTest
@AutoConfigureMockMvc
class ProgramNoteFormatTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory staff;

    @Test
    void anAdministratorChangesTheNoteFormatAndAStaleFormChangesNothing() throws Exception {
        UUID program = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO program (id, site_id, name, kind, default_weekly_hours, default_length_days)
                SELECT ?, id, ?, 'MENTAL_HEALTH', 9, 60 FROM site ORDER BY name LIMIT 1""")
                .params(program, "Zz format program " + program.toString().substring(0, 8)).update();

        assertThat(mvc.perform(get("/admin/organisation/programs/{id}/edit", program)
                        .with(SignedIn.as(staff, Role.ADMINISTRATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Note format", "BIRP: behavior, intervention, response, plan");

        mvc.perform(post("/admin/organisation/programs/{id}/note-format", program).with(csrf())
                        .with(SignedIn.as(staff, Role.ADMINISTRATOR)).param("noteFormat", "BIRP").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noteFormatSaved", NoteFormat.BIRP.label()));
        mvc.perform(post("/admin/organisation/programs/{id}/note-format", program).with(csrf())
                        .with(SignedIn.as(staff, Role.ADMINISTRATOR)).param("noteFormat", "SOAP").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noteFormatConflict", org.hamcrest.Matchers.containsString("Someone else")));
        mvc.perform(post("/admin/organisation/programs/{id}/note-format", program).with(csrf())
                        .with(SignedIn.as(staff, Role.ADMINISTRATOR)).param("noteFormat", "PIRP").param("version", "1"))
                .andExpect(status().isBadRequest());

        assertThat(jdbc.sql("SELECT note_format || ' ' || version FROM program WHERE id = ?").param(program)
                .query(String.class).single()).isEqualTo("BIRP 1");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'ADMIN_CHANGE' AND detail = ?")
                .param("changed: note format DAP to BIRP").query(Long.class).single()).isPositive();
    }
}
