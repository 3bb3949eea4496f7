package org.stepwise.consents.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.consents.Consent;
import org.stepwise.consents.ConsentId;
import org.stepwise.consents.ConsentKind;
import org.stepwise.consents.ConsentStateException;
import org.stepwise.consents.Consents;
import org.stepwise.consents.DisclosurePurpose;
import org.stepwise.consents.DisclosureRequest;
import org.stepwise.consents.Disclosures;
import org.stepwise.consents.InformationCategory;
import org.stepwise.consents.NewRevocation;
import org.stepwise.consents.RecipientClass;
import org.stepwise.consents.RevocationMethod;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.web.FormErrors;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * A client's consents on one page (also the consents section of the chart), the new-consent forms per kind, a consent's
 * page with revocation, and the accounting of disclosures.
 */
@Controller
class ConsentPages {

    private final Consents consents;
    private final Disclosures disclosures;
    private final ChartAccess chartAccess;
    private final ClientRegistry registry;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;

    ConsentPages(Consents consents, Disclosures disclosures, ChartAccess chartAccess, ClientRegistry registry,
            CurrentUser currentUser, StaffDirectory staff) {
        this.consents = consents;
        this.disclosures = disclosures;
        this.chartAccess = chartAccess;
        this.registry = registry;
        this.currentUser = currentUser;
        this.staff = staff;
    }


    /** The list; with {@code HX-Request} only the section the chart page shows. */
    @GetMapping("/clients/{clientId}/consents")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    String list(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        ClientId client = new ClientId(clientId);
        List<Consent> list = consents.forClient(client);
        model.addAttribute("summary", summary(client));
        model.addAttribute("consents", list);
        model.addAttribute("today", consents.today());
        model.addAttribute("kinds", ConsentKind.values());
        model.addAttribute("canManage", currentUser.require().can(Permission.CONSENT_MANAGE));
        return htmx != null ? "consents/list :: panel" : "consents/list";
    }

    @GetMapping("/clients/{clientId}/consents/new")
    @PreAuthorize("hasAuthority('CONSENT_MANAGE')")
    String newConsent(@PathVariable UUID clientId, @RequestParam(defaultValue = "PART2") String kind, Model model) {
        ClientId client = new ClientId(clientId);
        chartAccess.require(client);
        ConsentKind chosen;
        try {
            chosen = ConsentKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Choose a kind of consent: TREATMENT, HIPAA_AUTHORIZATION or PART2.");
        }
        return form(model, summary(client), ConsentForm.blank(chosen), new LinkedHashMap<>());
    }

    @PostMapping("/clients/{clientId}/consents")
    @PreAuthorize("hasAuthority('CONSENT_MANAGE')")
    String sign(@PathVariable UUID clientId, @Valid @ModelAttribute("form") ConsentForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        chartAccess.require(client);
        Map<String, String> errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                Consents.Signed signed = consents.sign(client, form.toNew());
                redirect.addFlashAttribute("notice", signed.isNew() ? "consents.signed" : "consents.alreadySigned");
                return "redirect:/clients/" + clientId + "/consents/" + signed.consent().id();
            } catch (InvalidRequestException e) {
                reject(binding, e.fieldErrors());
                errors = FormErrors.of(binding);
            }
        }
        return form(model, summary(client), form, errors);
    }

    @GetMapping("/clients/{clientId}/consents/{consentId}")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    String view(@PathVariable UUID clientId, @PathVariable UUID consentId, Model model) {
        ClientId client = new ClientId(clientId);
        Consent consent = consents.get(client, new ConsentId(consentId));
        return consentPage(model, client, consent, new RevocationForm(null, null, null), new ExpiryEventForm(null, null),
                Map.of());
    }

    @PostMapping("/clients/{clientId}/consents/{consentId}/revocation")
    @PreAuthorize("hasAuthority('CONSENT_MANAGE')")
    String revoke(@PathVariable UUID clientId, @PathVariable UUID consentId,
            @Valid @ModelAttribute("revocation") RevocationForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        Consent consent = consents.get(client, new ConsentId(consentId));
        Map<String, String> errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                consents.revoke(consent.id(), new NewRevocation(form.revokedOn(), form.method(), form.note()));
                redirect.addFlashAttribute("notice", "consents.revoked");
                return "redirect:/clients/" + clientId + "/consents/" + consentId;
            } catch (InvalidRequestException e) {
                reject(binding, e.fieldErrors());
                errors = FormErrors.of(binding);
            } catch (ConsentStateException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors = Map.of("revocation", e.getMessage());
            }
        }
        return consentPage(model, client, consent, form, new ExpiryEventForm(null, null), errors);
    }

    @PostMapping("/clients/{clientId}/consents/{consentId}/expiry-event")
    @PreAuthorize("hasAuthority('CONSENT_MANAGE')")
    String expiryEvent(@PathVariable UUID clientId, @PathVariable UUID consentId,
            @Valid @ModelAttribute("expiry") ExpiryEventForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        Consent consent = consents.get(client, new ConsentId(consentId));
        Map<String, String> errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                consents.recordExpiryEvent(consent.id(), form.occurredOn(), form.note());
                redirect.addFlashAttribute("notice", "consents.expiryRecorded");
                return "redirect:/clients/" + clientId + "/consents/" + consentId;
            } catch (InvalidRequestException e) {
                reject(binding, e.fieldErrors());
                errors = FormErrors.of(binding);
            } catch (ConsentStateException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors = Map.of("expiry", e.getMessage());
            }
        }
        return consentPage(model, client, consent, new RevocationForm(null, null, null), form, errors);
    }

    @GetMapping("/clients/{clientId}/disclosures")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    String accounting(@PathVariable UUID clientId, Model model) {
        ClientId client = new ClientId(clientId);
        return disclosurePage(model, client, DisclosureForm.blank(), Map.of(), null);
    }

    @PostMapping("/clients/{clientId}/disclosures")
    @PreAuthorize("hasAuthority('CONSENT_MANAGE')")
    String disclose(@PathVariable UUID clientId, @Valid @ModelAttribute("form") DisclosureForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        chartAccess.require(client);
        Map<String, String> errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                Disclosures.Disclosed disclosed = disclosures.disclose(client,
                        DisclosureRequest.of(form.toNew(), consents.today()));
                redirect.addFlashAttribute("disclosed", disclosed.decision().reason());
                return "redirect:/clients/" + clientId + "/disclosures";
            } catch (InvalidRequestException e) {
                reject(binding, e.fieldErrors());
                errors = FormErrors.of(binding);
            } catch (Disclosures.DisclosureRefusedException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return disclosurePage(model, client, form, Map.of(), e.decision().reason());
            }
        }
        return disclosurePage(model, client, form, errors, null);
    }

    private String disclosurePage(Model model, ClientId client, DisclosureForm form, Map<String, String> errors,
            @Nullable String refusal) {
        model.addAttribute("summary", summary(client));
        model.addAttribute("disclosures", disclosures.accounting(client));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("years", Disclosures.ACCOUNTING_YEARS);
        model.addAttribute("noticeEdition", Disclosures.NOTICE_EDITION);
        model.addAttribute("noticeLines", disclosures.redisclosureNotice().lines().toList());
        model.addAttribute("categories", InformationCategory.values());
        model.addAttribute("recipientClasses", RecipientClass.values());
        model.addAttribute("purposes", DisclosurePurpose.values());
        model.addAttribute("canManage", currentUser.require().can(Permission.CONSENT_MANAGE));
        return "consents/disclosures";
    }

    private String consentPage(Model model, ClientId client, Consent consent, RevocationForm revocation,
            ExpiryEventForm expiry, Map<String, String> errors) {
        model.addAttribute("summary", summary(client));
        model.addAttribute("consent", consent);
        model.addAttribute("t", consent.terms());
        model.addAttribute("today", consents.today());
        model.addAttribute("status", consent.statusOn(consents.today()));
        model.addAttribute("revocation", revocation);
        model.addAttribute("expiry", expiry);
        model.addAttribute("errors", errors);
        model.addAttribute("methods", RevocationMethod.values());
        model.addAttribute("witness", name(consent.terms().signature().witnessedBy()));
        model.addAttribute("revokedBy", consent.revocation().map(r -> name(r.recordedBy())).orElse(""));
        model.addAttribute("canManage", currentUser.require().can(Permission.CONSENT_MANAGE));
        return "consents/view";
    }

    private String form(Model model, ClientSummary summary, ConsentForm form, Map<String, String> errors) {
        ConsentKind kind;
        try {
            kind = form.kind() == null ? ConsentKind.PART2 : ConsentKind.valueOf(form.kind());
        } catch (IllegalArgumentException e) {
            kind = ConsentKind.PART2;
        }
        model.addAttribute("summary", summary);
        model.addAttribute("form", form);
        model.addAttribute("kind", kind);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", InformationCategory.values());
        model.addAttribute("recipientClasses", RecipientClass.values());
        model.addAttribute("purposes", DisclosurePurpose.values());
        return "consents/form";
    }

    private String name(org.stepwise.shared.StaffId id) {
        return staff.byId(id).map(StaffMember::displayName).orElse(id.toString());
    }

    private ClientSummary summary(ClientId client) {
        return registry.find(client).orElseThrow(() -> new NotFoundException("There is no client with id " + client + "."));
    }

    /** Adds the domain's messages to the binding, so that the page is answered with 422 (platform FormErrorStatus). */
    private static void reject(BindingResult binding, Map<String, String> fieldErrors) {
        Map<String, String> errors = fieldErrors.isEmpty() ? Map.of("form", "The form has errors.") : fieldErrors;
        errors.forEach((field, message) -> binding.addError(new FieldError(binding.getObjectName(), field, message)));
    }
}
