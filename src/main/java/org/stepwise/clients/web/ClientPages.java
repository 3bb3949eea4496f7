package org.stepwise.clients.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSearch;
import org.stepwise.clients.ClientSummary;
import org.stepwise.clients.internal.Client;
import org.stepwise.clients.internal.ClientChart;
import org.stepwise.clients.internal.ClientDetails;
import org.stepwise.clients.internal.ClientDraft;
import org.stepwise.clients.internal.ClientManagement;
import org.stepwise.clients.internal.DuplicateClientException;
import org.stepwise.clients.internal.SexAtBirth;
import org.stepwise.clients.internal.StaleClientException;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/** The registry's pages: search, view, new, edit (with the conflict page) and delete. */
@Controller
class ClientPages extends ClientPageSupport {

    private final ClientRegistry registry;
    private final ClientManagement management;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<ChartPanels> chartPanels;

    ClientPages(ClientRegistry registry, ClientManagement management, CurrentUser currentUser, Clock clock,
            List<ChartPanels> chartPanels) {
        this.chartPanels = chartPanels;
        this.registry = registry;
        this.management = management;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Search. Works as a plain GET form; with htmx the results region is refreshed as the person types (only the
     * results fragment is sent back).
     */
    @GetMapping("/clients")
    @PreAuthorize("hasAuthority('CLIENT_SEARCH')")
    String search(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String dob,
            @RequestParam(required = false) @Nullable String mine, @RequestParam(required = false) @Nullable String recent,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model, HttpServletResponse response) {
        StepwiseUser user = currentUser.require();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate dateOfBirth = null;
        if (q != null && q.length() > ClientSearch.MAX_TEXT) {
            errors.put("q", "Search with at most " + ClientSearch.MAX_TEXT + " characters.");
        }
        if (dob != null && !dob.isBlank()) {
            dateOfBirth = dob.length() <= 10 ? ClientDetails.parseDate(dob.strip()) : null;
            if (dateOfBirth == null) {
                errors.put("dob", "Enter the date of birth as yyyy-mm-dd.");
            }
        }
        boolean onlyMine = FormErrors.checked(mine);
        boolean onlyRecent = FormErrors.checked(recent);
        List<ClientSummary> results = null;
        if (errors.isEmpty()) {
            ClientSearch search = new ClientSearch(q, dateOfBirth, null, null, onlyMine ? user.staffId() : null,
                    onlyRecent ? clock.instant().minus(ClientSearch.RECENT) : null,
                    onlyMine || onlyRecent ? ClientSearch.MAX_LIMIT : ClientSearch.DEFAULT_LIMIT);
            if (!search.isEmpty()) {
                results = registry.search(search);
            }
            model.addAttribute("limit", search.limit());
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("limit", ClientSearch.DEFAULT_LIMIT);
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("dob", dob == null ? "" : dob);
        model.addAttribute("results", results);
        model.addAttribute("errors", errors);
        model.addAttribute("listTitle", onlyMine ? "clients.search.mine" : onlyRecent ? "clients.search.recent" : null);
        model.addAttribute("emptyMessage", onlyMine ? "clients.search.mineNone"
                : onlyRecent ? "clients.search.recentNone" : null);
        model.addAttribute("canCreate", user.can(Permission.CLIENT_CREATE));
        model.addAttribute("showMine", user.role().isCareTeamBound());
        return htmx != null && historyRestore == null ? "clients/search :: results" : "clients/search";
    }

    @GetMapping("/clients/{id}")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    String view(@PathVariable UUID id, Model model) {
        ClientChart chart = management.open(new ClientId(id));
        StepwiseUser user = currentUser.require();
        Client client = chart.client();
        ClientDetails d = client.details();
        model.addAttribute("id", id);
        model.addAttribute("client", client);
        model.addAttribute("d", d);
        model.addAttribute("access", chart.access());
        model.addAttribute("careTeam", chart.careTeam());
        model.addAttribute("address", String.join(", ", Arrays.stream(new @Nullable String[] {d.addressLine(), d.city(),
                join(d.state(), d.postalCode())}).filter(Objects::nonNull).filter(s -> !s.isBlank()).toList()));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("canEdit", user.can(Permission.CLIENT_EDIT));
        model.addAttribute("canDelete", user.can(Permission.CLIENT_DELETE));
        model.addAttribute("canManageTeam", user.can(Permission.PROGRAM_OVERSIGHT));
        model.addAttribute("careTeamBound", user.role().isCareTeamBound());
        model.addAttribute("panels", chartPanels.stream()
                .flatMap(source -> source.panelsFor(new ClientId(id), user).stream())
                .sorted(java.util.Comparator.comparingInt(ChartPanel::order))
                .toList());
        return "clients/view";
    }

    @GetMapping("/clients/new")
    @PreAuthorize("hasAuthority('CLIENT_CREATE')")
    String newClient(Model model) {
        return form(model, ClientForm.blank(), new LinkedHashMap<>(), null);
    }

    @PostMapping("/clients/new")
    @PreAuthorize("hasAuthority('CLIENT_CREATE')")
    String create(@Valid @ModelAttribute("form") ClientForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                Client client = management.register(form.toDraft(), form.duplicateConfirmed());
                redirect.addFlashAttribute("notice", "clients.view.created");
                return "redirect:/clients/" + client.id();
            } catch (DuplicateClientException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("candidates", e.candidates());
                return form(model, form, errors, null);
            } catch (InvalidRequestException e) {
                FormErrors.merge(errors, e.fieldErrors());
            }
        } else {
            FormErrors.merge(errors, domainErrors(form));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, form, errors, null);
    }

    @GetMapping("/clients/{id}/edit")
    @PreAuthorize("hasAuthority('CLIENT_EDIT')")
    String edit(@PathVariable UUID id, Model model) {
        Client client = management.open(new ClientId(id)).client();
        return form(model, ClientForm.of(client.details().toDraft(), client.version(), client.details()),
                new LinkedHashMap<>(), client.summary());
    }

    @PostMapping("/clients/{id}/edit")
    @PreAuthorize("hasAuthority('CLIENT_EDIT')")
    String save(@PathVariable UUID id, @Valid @ModelAttribute("form") ClientForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ClientSummary summary = summary(registry, id);
        Map<String, String> errors = FormErrors.of(binding);
        Integer version = form.loadedVersion();
        if (version == null) {
            errors.put("form", "This form has lost track of which version of the record it changes. Open the record "
                    + "again and redo your change.");
        }
        if (errors.isEmpty()) {
            try {
                Client.Revision revision = management.revise(new ClientId(id), form.toDraft(), Objects.requireNonNull(version));
                redirect.addFlashAttribute("notice",
                        revision.changedAnything() ? "clients.view.saved" : "clients.view.unchanged");
                return "redirect:/clients/" + id;
            } catch (StaleClientException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return conflict(model, summary, e, form.loadedDraft());
            } catch (InvalidRequestException e) {
                FormErrors.merge(errors, e.fieldErrors());
            }
        } else {
            FormErrors.merge(errors, domainErrors(form));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, form, errors, summary);
    }

    @GetMapping("/clients/{id}/delete")
    @PreAuthorize("hasAuthority('CLIENT_DELETE')")
    String confirmDelete(@PathVariable UUID id, Model model) {
        model.addAttribute("summary", management.open(new ClientId(id)).client().summary());
        model.addAttribute("reason", "");
        model.addAttribute("errors", Map.of());
        return "clients/delete";
    }

    @PostMapping("/clients/{id}/delete")
    @PreAuthorize("hasAuthority('CLIENT_DELETE')")
    String delete(@PathVariable UUID id, @Valid @ModelAttribute("form") ReasonForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ClientSummary summary = summary(registry, id);
        Map<String, String> errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                management.delete(new ClientId(id), Objects.requireNonNull(form.reason()));
                redirect.addFlashAttribute("notice", "clients.delete.done");
                redirect.addFlashAttribute("noticeArg", summary.displayName() + " (" + summary.recordNumber() + ")");
                return "redirect:/clients";
            } catch (InvalidRequestException e) {
                FormErrors.merge(errors, e.fieldErrors());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("summary", summary);
        model.addAttribute("reason", form.reason());
        model.addAttribute("errors", errors);
        return "clients/delete";
    }

    private String form(Model model, ClientForm form, Map<String, String> errors, @Nullable ClientSummary summary) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", summary != null);
        model.addAttribute("summary", summary);
        model.addAttribute("sexOptions", Arrays.stream(SexAtBirth.values()).map(Enum::name).toList());
        return "clients/form";
    }

    /**
     * One row of the conflict page: a field, its current value, the submitted one, and whether this person changed it
     * (rather than leaving what they had loaded).
     */
    record ConflictRow(String labelKey, String theirs, String yours, boolean differs, boolean changedByYou) {}

    /**
     * The conflict page: both versions side by side, and the edit form again, now based on the current version and
     * holding the current record with this person's own changes reapplied on top (when the form still knows what they
     * had loaded; otherwise their whole submission).
     */
    private String conflict(Model model, ClientSummary summary, StaleClientException e, @Nullable ClientDraft loaded) {
        ClientDetails current = e.current().details();
        ClientDetails original = loaded == null ? null : validOrNull(loaded);
        ClientDetails reapplied = original == null ? e.submitted() : current.reapply(original, e.submitted());
        List<ConflictRow> rows = new ArrayList<>();
        for (ClientDetails.Field field : ClientDetails.FIELDS) {
            Object theirs = field.of(current);
            Object yours = field.of(e.submitted());
            boolean changedByYou = original == null || !Objects.equals(field.of(original), yours);
            rows.add(new ConflictRow("clients.field." + field.name(), shown(theirs), shown(yours),
                    !Objects.equals(theirs, yours), changedByYou));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("currentVersion", e.current().version());
        model.addAttribute("form", ClientForm.of(reapplied.toDraft(), e.current().version(), current));
        model.addAttribute("errors", Map.of());
        model.addAttribute("summary", summary);
        model.addAttribute("sexOptions", Arrays.stream(SexAtBirth.values()).map(Enum::name).toList());
        return "clients/conflict";
    }

    private static String shown(@Nullable Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof SexAtBirth sex) {
            return sex.label();
        }
        return value.toString();
    }

    private @Nullable ClientDetails validOrNull(ClientDraft draft) {
        try {
            return ClientDetails.of(draft, LocalDate.now(clock));
        } catch (InvalidRequestException e) {
            return null;
        }
    }

    private Map<String, String> domainErrors(ClientForm form) {
        try {
            ClientDetails.of(form.toDraft(), LocalDate.now(clock));
            return Map.of();
        } catch (InvalidRequestException e) {
            return e.fieldErrors();
        }
    }

    private static @Nullable String join(@Nullable String state, @Nullable String postalCode) {
        if (state == null) {
            return postalCode;
        }
        return postalCode == null ? state : state + " " + postalCode;
    }
}
