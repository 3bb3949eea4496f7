package org.stepwise.clients.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.stepwise.clients.internal.Client;
import org.stepwise.clients.internal.ClientManagement;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/** Adding, editing and removing the people in a client's support network. */
@Controller
class SupportNetworkPages extends ClientPageSupport {

    private final ClientRegistry registry;
    private final ClientManagement management;

    SupportNetworkPages(ClientRegistry registry, ClientManagement management) {
        this.registry = registry;
        this.management = management;
    }

    @GetMapping("/clients/{id}/support-network/new")
    @PreAuthorize("hasAuthority('CLIENT_EDIT')")
    String newPerson(@PathVariable UUID id, Model model) {
        ClientSummary summary = management.open(new ClientId(id)).client().summary();
        return page(model, summary, null, SupportPersonForm.blank(), new LinkedHashMap<>());
    }

    @PostMapping("/clients/{id}/support-network")
    @PreAuthorize("hasAuthority('CLIENT_EDIT')")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("form") SupportPersonForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ClientSummary summary = summary(registry, id);
        Map<String, String> errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                management.addSupportPerson(new ClientId(id), form.toDraft());
                redirect.addFlashAttribute("notice", "clients.support.added");
                return "redirect:/clients/" + id + "#support-network";
            } catch (InvalidRequestException e) {
                FormErrors.merge(errors, e.fieldErrors());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, summary, null, form, errors);
    }

    @GetMapping("/clients/{id}/support-network/{personId}/edit")
    @PreAuthorize("hasAuthority('CLIENT_EDIT')")
    String editPerson(@PathVariable UUID id, @PathVariable UUID personId, Model model) {
        Client client = management.open(new ClientId(id)).client();
        return page(model, client.summary(), personId, SupportPersonForm.of(client.supportPerson(personId)),
                new LinkedHashMap<>());
    }

    @PostMapping("/clients/{id}/support-network/{personId}")
    @PreAuthorize("hasAuthority('CLIENT_EDIT')")
    String change(@PathVariable UUID id, @PathVariable UUID personId, @Valid @ModelAttribute("form") SupportPersonForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ClientSummary summary = summary(registry, id);
        Map<String, String> errors = FormErrors.of(binding);
        Integer version = form.loadedVersion();
        if (version == null) {
            errors.put("form", "This form has lost track of which version it changes. Open it again and redo your change.");
        }
        if (errors.isEmpty()) {
            try {
                management.changeSupportPerson(new ClientId(id), personId, form.toDraft(), java.util.Objects.requireNonNull(version));
                redirect.addFlashAttribute("notice", "clients.support.saved");
                return "redirect:/clients/" + id + "#support-network";
            } catch (InvalidRequestException e) {
                FormErrors.merge(errors, e.fieldErrors());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, summary, personId, form, errors);
    }

    @PostMapping("/clients/{id}/support-network/{personId}/remove")
    @PreAuthorize("hasAuthority('CLIENT_EDIT')")
    String remove(@PathVariable UUID id, @PathVariable UUID personId, RedirectAttributes redirect) {
        management.removeSupportPerson(new ClientId(id), personId);
        redirect.addFlashAttribute("notice", "clients.support.removed");
        return "redirect:/clients/" + id + "#support-network";
    }

    private static String page(Model model, ClientSummary summary, @Nullable UUID personId, SupportPersonForm form,
            Map<String, String> errors) {
        model.addAttribute("summary", summary);
        model.addAttribute("personId", personId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "clients/support-person";
    }
}
