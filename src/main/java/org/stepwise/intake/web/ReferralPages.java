package org.stepwise.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.stepwise.clients.ClientRegistration;
import org.stepwise.clients.ClientSummary;
import org.stepwise.clients.PossibleDuplicateClientException;
import org.stepwise.intake.internal.ReferralManagement;
import org.stepwise.intake.internal.ReferralManagement.ReferralView;
import org.stepwise.intake.internal.Referrals.SourceMedians;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.FormerEpisode;
import org.stepwise.intake.referral.Referral;
import org.stepwise.intake.referral.ReferralSource;
import org.stepwise.intake.referral.ReferralStatus;
import org.stepwise.intake.referral.ReferralTimings;
import org.stepwise.intake.referral.Urgency;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.web.FormErrors;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Program;
import org.stepwise.staff.SiteOverview;

/**
 * The intake pipeline's pages: the board (columns per stage, filters, timings by source), the new-referral form, a
 * referral's page with its moves and history, creating or linking its client, and the referrals section of a chart.
 * Plain forms and links throughout, so that every step works by keyboard and without scripts.
 */
@Controller
class ReferralPages {

    /** Outcomes stay on the board this long after they are reached. */
    static final Duration OUTCOMES_SHOWN = Duration.ofDays(30);
    static final int DEFAULT_PERIOD_DAYS = 90;

    private final ReferralManagement referrals;
    private final Organisation organisation;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final EpisodeRecords episodes;

    ReferralPages(ReferralManagement referrals, Organisation organisation, CurrentUser currentUser, Clock clock,
            EpisodeRecords episodes) {
        this.episodes = episodes;
        this.referrals = referrals;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A column of the board. */
    record Column(ReferralStatus status, List<Card> cards) {}

    /** A card on the board. */
    record Card(UUID id, String name, ReferralSource source, Urgency urgency, long daysWaiting, boolean open,
            LocalDate statusDate,
            // Issue 7: the linked client's last ended episode, when they are a former client referred again.
            @Nullable FormerEpisode former) {}

    /** One line of the timings report, durations in words. */
    record TimingRow(ReferralSource source, long received, String toFirstContact, String toDecision, String toAdmission) {}


    @GetMapping("/intake/referrals")
    @PreAuthorize("hasAuthority('INTAKE')")
    String board(@RequestParam(required = false) @Nullable String program,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        ProgramId programId = null;
        if (program != null && !program.isBlank()) {
            try {
                programId = ProgramId.of(program.strip());
            } catch (IllegalArgumentException e) {
                errors.put("program", "Choose a program from the list.");
            }
        }
        ReferralSource sourceFilter = null;
        if (source != null && !source.isBlank()) {
            sourceFilter = source.length() <= 30 ? ReferralSource.parse(source).orElse(null) : null;
            if (sourceFilter == null) {
                errors.put("source", "Choose a source from the list.");
            }
        }
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate periodTo = date(to, "to", today, errors);
        LocalDate periodFrom = date(from, "from", periodTo.minusDays(DEFAULT_PERIOD_DAYS), errors);
        if (!errors.containsKey("from") && !errors.containsKey("to") && periodFrom.isAfter(periodTo)) {
            errors.put("from", "Start the period on or before its last day.");
        }
        List<Column> columns = new ArrayList<>();
        List<TimingRow> timings = List.of();
        if (errors.isEmpty()) {
            Instant now = clock.instant();
            List<Referral> board = referrals.board(programId, sourceFilter, now.minus(OUTCOMES_SHOWN));
            Map<ClientId, FormerEpisode> former = episodes.lastDischarges(board.stream().map(Referral::client)
                    .filter(java.util.Objects::nonNull).toList());
            for (ReferralStatus status : ReferralStatus.values()) {
                columns.add(new Column(status, board.stream().filter(r -> r.status() == status)
                        .map(r -> new Card(r.id(), r.personName(), r.details().source(), r.details().urgency(),
                                Duration.between(r.details().receivedAt(), now).toDays(), !r.status().isFinal(),
                                LocalDate.ofInstant(r.statusChangedAt(), zone),
                                r.client() == null ? null : former.get(r.client())))
                        .toList()));
            }
            timings = referrals.mediansBySource(periodFrom.atStartOfDay(zone).toInstant(),
                    periodTo.plusDays(1).atStartOfDay(zone).toInstant()).stream().map(ReferralPages::row).toList();
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("columns", columns);
        model.addAttribute("timings", timings);
        model.addAttribute("errors", errors);
        model.addAttribute("program", program == null ? "" : program);
        model.addAttribute("source", source == null ? "" : source);
        model.addAttribute("from", errors.containsKey("from") ? from : periodFrom.toString());
        model.addAttribute("to", errors.containsKey("to") ? to : periodTo.toString());
        model.addAttribute("programs", programs());
        model.addAttribute("sources", ReferralSource.values());
        return "intake/board";
    }

    @GetMapping("/intake/referrals/new")
    @PreAuthorize("hasAuthority('INTAKE')")
    String newReferral(Model model) {
        return form(model, ReferralForm.blank(), Map.of());
    }

    @PostMapping("/intake/referrals/new")
    @PreAuthorize("hasAuthority('INTAKE')")
    String receive(@Valid @ModelAttribute("form") ReferralForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.of(binding);
        UUID id = null;
        if (form.id() != null && !form.id().isBlank()) {
            try {
                id = form.id().length() == 36 ? UUID.fromString(form.id()) : null;
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (id == null) {
                errors.putIfAbsent("form", "This form has lost its id. Open a new referral form and enter it again.");
            }
        }
        if (errors.isEmpty()) {
            try {
                ReferralManagement.Received received = referrals.receive(id, form.toDraft());
                redirect.addFlashAttribute("notice", received.isNew() ? "referrals.notice.received"
                        : "referrals.notice.alreadyReceived");
                return "redirect:/intake/referrals/" + received.referral().id();
            } catch (InvalidRequestException e) {
                merge(errors, e);
            }
        } else {
            try {
                org.stepwise.intake.referral.ReferralDetails.of(form.toDraft(), clock.instant(), clock.getZone());
            } catch (InvalidRequestException e) {
                merge(errors, e);
            }
        }
        refused(response);
        return form(model, form, errors);
    }

    @GetMapping("/intake/referrals/{id}")
    @PreAuthorize("hasAuthority('INTAKE')")
    String referral(@PathVariable UUID id, Model model) {
        return page(model, id, Map.of(), null, null, null);
    }

    @PostMapping("/intake/referrals/{id}/moves")
    @PreAuthorize("hasAuthority('INTAKE')")
    String move(@PathVariable UUID id, @Valid @ModelAttribute("moveForm") MoveForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.of(binding);
        ReferralStatus to = read(form.to(), "to", ReferralStatus::valueOf, "Choose where the referral moves to.", errors);
        return change(id, errors, model, response, () -> {
            Referral moved = referrals.move(id, Objects.requireNonNull(to), form.reason(),
                    Objects.requireNonNull(form.version()));
            redirect.addFlashAttribute("notice", "referrals.notice.moved");
            redirect.addFlashAttribute("noticeArg", moved.status().name());
            return back(id);
        }, () -> page(model, id, errors, null, to, form.reason()));
    }

    @PostMapping("/intake/referrals/{id}/client")
    @PreAuthorize("hasAuthority('INTAKE') and hasAuthority('CLIENT_CREATE')")
    String createClient(@PathVariable UUID id, @Valid @ModelAttribute("clientForm") NewClientForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.of(binding);
        LocalDate born = read(form.dateOfBirth(), "dateOfBirth", LocalDate::parse,
                "Enter the date of birth as yyyy-mm-dd.", errors);
        return change(id, errors, model, response, () -> {
            try {
                referrals.createClient(id, new ClientRegistration.NewClient(form.givenName(), form.familyName(), born,
                        form.phone()), form.duplicateConfirmed(), Objects.requireNonNull(form.version()));
            } catch (PossibleDuplicateClientException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return page(model, id, Map.of(), null, null, null, form, e.candidates());
            }
            redirect.addFlashAttribute("notice", "referrals.notice.clientCreated");
            return back(id);
        }, () -> page(model, id, errors, null, null, null, form, null));
    }

    @PostMapping("/intake/referrals/{id}/link")
    @PreAuthorize("hasAuthority('INTAKE')")
    String link(@PathVariable UUID id, @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.of(binding);
        ClientId client = read(form.clientId(), "clientId", ClientId::of, "Choose the client.", errors);
        return change(id, errors, model, response, () -> {
            referrals.linkClient(id, Objects.requireNonNull(client), Objects.requireNonNull(form.version()));
            redirect.addFlashAttribute("notice", "referrals.notice.clientLinked");
            return back(id);
        }, () -> page(model, id, errors, null, null, null));
    }

    /** The referrals section of a client's chart: a fragment for htmx, a whole page otherwise. */
    @GetMapping("/clients/{clientId}/referrals")
    @PreAuthorize("hasAuthority('INTAKE')")
    String chartPanel(@PathVariable UUID clientId, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        List<Referral> list = referrals.forClient(new ClientId(clientId));
        model.addAttribute("referrals", list);
        model.addAttribute("clientId", clientId);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("client", referrals.clientSummary(new ClientId(clientId)).orElse(null));
        return htmx != null ? "intake/chart-panel :: panel" : "intake/chart-panel";
    }

    // -----

    private String page(Model model, UUID id, Map<String, String> errors, @Nullable String conflict,
            @Nullable ReferralStatus failedMove, @Nullable String failedReason) {
        return page(model, id, errors, conflict, failedMove, failedReason, null, null);
    }

    private String page(Model model, UUID id, Map<String, String> errors, @Nullable String conflict,
            @Nullable ReferralStatus failedMove, @Nullable String failedReason, @Nullable NewClientForm clientForm,
            @Nullable List<ClientSummary> duplicates) {
        ReferralView view = referrals.open(id);
        Referral referral = view.referral();
        model.addAttribute("view", view);
        model.addAttribute("r", referral);
        model.addAttribute("d", referral.details());
        model.addAttribute("moves", referral.movesByHand());
        model.addAttribute("needsClientForAssessment", referral.needsClientForAssessment());
        model.addAttribute("admissionHref", referral.isReadyForAdmission()
                ? "/clients/" + referral.client() + "/admission?referral=" + referral.id() : null);
        model.addAttribute("program", programName(referral.details().programId()));
        model.addAttribute("timings", List.of(
                ReferralTimings.describe(view.timings().toFirstContact()),
                ReferralTimings.describe(view.timings().toDecision()),
                ReferralTimings.describe(view.timings().toAdmission())));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("failedMove", failedMove);
        model.addAttribute("failedReason", failedReason);
        boolean linkable = referral.canLinkClient();
        model.addAttribute("canCreateClient", currentUser.require().can(Permission.CLIENT_CREATE));
        model.addAttribute("linkable", linkable);
        List<ClientSummary> possible = duplicates != null ? duplicates
                : linkable && referral.client() == null ? referrals.possibleClients(referral) : List.of();
        model.addAttribute("possibleClients", possible);
        model.addAttribute("duplicateWarning", duplicates != null);
        // Issue 7: a former client referred again is recognised, on the linked client and on each possible match.
        List<ClientId> known = new ArrayList<>();
        if (referral.client() != null) {
            known.add(referral.client());
        }
        possible.forEach(c -> known.add(c.id()));
        Map<ClientId, FormerEpisode> former = episodes.lastDischarges(known);
        model.addAttribute("formerEpisodes", former);
        model.addAttribute("formerClient", referral.client() == null ? null : former.get(referral.client()));
        model.addAttribute("clientForm", clientForm != null ? clientForm : new NewClientForm(
                referral.details().givenName(), referral.details().familyName(),
                referral.details().dateOfBirth() == null ? "" : referral.details().dateOfBirth().toString(),
                referral.details().phone(), null, referral.version()));
        return "intake/referral";
    }

    private String form(Model model, ReferralForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("programs", programs());
        model.addAttribute("sources", ReferralSource.values());
        model.addAttribute("urgencies", Urgency.values());
        return "intake/referral-form";
    }

    /** The name of the program the referral is for; null when none was given or it is gone. */
    private @Nullable String programName(@Nullable UUID id) {
        if (id == null) {
            return null;
        }
        try {
            return organisation.program(new ProgramId(id)).name();
        } catch (NotFoundException e) {
            return null;
        }
    }

    private List<Program> programs() {
        return organisation.overview().stream().flatMap(site -> site.programs().stream())
                .map(SiteOverview.ProgramOverview::program).toList();
    }

    /**
     * Makes the change a form on the referral's page asked for, when the form has no errors: {@code change} answers
     * (back to the referral, as a rule). Otherwise, or when the change is refused, {@code again} shows the page again
     * with the errors (422); when someone else changed the referral meanwhile, the page says so (409).
     */
    private String change(UUID id, Map<String, String> errors, Model model, HttpServletResponse response,
            Supplier<String> change, Supplier<String> again) {
        if (errors.isEmpty()) {
            try {
                return change.get();
            } catch (InvalidRequestException e) {
                merge(errors, e);
            } catch (ConflictException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return page(model, id, Map.of(), e.getMessage(), null, null);
            }
        }
        refused(response);
        return again.get();
    }

    private static String back(UUID id) {
        return "redirect:/intake/referrals/" + id;
    }

    /** A form field read by {@code parse}; null, with {@code message} beside the field, when it cannot be read. */
    private static <T> @Nullable T read(@Nullable String text, String field, Function<String, T> parse, String message,
            Map<String, String> errors) {
        if (errors.containsKey(field)) {
            return null;
        }
        try {
            return parse.apply(String.valueOf(text).strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static void merge(Map<String, String> errors, InvalidRequestException e) {
        if (e.fieldErrors().isEmpty()) {
            errors.putIfAbsent("form", e.getMessage());
        }
        e.fieldErrors().forEach(errors::putIfAbsent);
    }

    /** A form shown again with errors answers 422 (as platform's FormErrorStatus does for binding errors). */
    private static void refused(HttpServletResponse response) {
        if (response.getStatus() == HttpServletResponse.SC_OK) {
            response.setStatus(422);
        }
    }

    private static LocalDate date(@Nullable String text, String field, LocalDate otherwise, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate date = text.length() == 10 ? LocalDate.parse(text) : null;
            if (date != null && !date.isBefore(LocalDate.of(2000, 1, 1)) && !date.isAfter(LocalDate.of(2999, 12, 31))) {
                return date;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        errors.put(field, "Enter a date as yyyy-mm-dd.");
        return otherwise;
    }

    private static TimingRow row(SourceMedians m) {
        return new TimingRow(m.source(), m.received(), hours(m.hoursToFirstContact()), hours(m.hoursToDecision()),
                hours(m.hoursToAdmission()));
    }

    private static String hours(@Nullable Double hours) {
        return hours == null ? "—" : ReferralTimings.describe(Duration.ofMinutes(Math.round(hours * 60)));
    }
}
