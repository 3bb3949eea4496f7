package org.stepwise.clients.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.clients.internal.CareTeamManagement;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.web.FormErrors;

/** A program director puts staff on a client's care team and takes them off. */
@Controller
class CareTeamPages extends ClientPageSupport {

    private final ClientRegistry registry;
    private final CareTeamManagement careTeams;

    CareTeamPages(ClientRegistry registry, CareTeamManagement careTeams) {
        this.registry = registry;
        this.careTeams = careTeams;
    }

    @GetMapping("/clients/{id}/care-team/new")
    @PreAuthorize("hasAuthority('PROGRAM_OVERSIGHT')")
    String newMember(@PathVariable UUID id, Model model) {
        return page(model, summary(registry, id), new CareTeamForm(null, null), new LinkedHashMap<>());
    }

    @PostMapping("/clients/{id}/care-team")
    @PreAuthorize("hasAuthority('PROGRAM_OVERSIGHT')")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("form") CareTeamForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ClientSummary summary = summary(registry, id);
        Map<String, String> errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                careTeams.add(new ClientId(id), staffId(Objects.requireNonNull(form.staffId())),
                        Objects.requireNonNull(form.roleOnTeam()));
                redirect.addFlashAttribute("notice", "clients.careTeam.added");
                return "redirect:/clients/" + id + "#care-team";
            } catch (InvalidRequestException e) {
                FormErrors.merge(errors, e.fieldErrors());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, summary, form, errors);
    }

    @PostMapping("/clients/{id}/care-team/{staffId}/remove")
    @PreAuthorize("hasAuthority('PROGRAM_OVERSIGHT')")
    String remove(@PathVariable UUID id, @PathVariable UUID staffId, RedirectAttributes redirect) {
        careTeams.remove(new ClientId(id), new StaffId(staffId));
        redirect.addFlashAttribute("notice", "clients.careTeam.removed");
        return "redirect:/clients/" + id + "#care-team";
    }

    private static StaffId staffId(String text) {
        try {
            return StaffId.of(text.strip());
        } catch (IllegalArgumentException e) {
            throw CareTeamManagement.noStaffChosen();
        }
    }

    private String page(Model model, ClientSummary summary, CareTeamForm form, Map<String, String> errors) {
        model.addAttribute("summary", summary);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("staff", careTeams.eligibleStaff());
        return "clients/care-team-new";
    }
}
