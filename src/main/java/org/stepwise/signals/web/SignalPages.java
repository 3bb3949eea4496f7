package org.stepwise.signals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;
import org.stepwise.signals.LevelOfCareSignal;
import org.stepwise.signals.LevelOfCareSignals;
import org.stepwise.signals.SignalActionKind;
import org.stepwise.signals.SignalDirection;

/** The chart's "Level of care" section, the open signals of the program, one signal, and acting on it. */
@Controller
class SignalPages {

    private final LevelOfCareSignals signals;
    private final CurrentUser currentUser;
    private final Clock clock;

    SignalPages(LevelOfCareSignals signals, CurrentUser currentUser, Clock clock) {
        this.signals = signals;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The chart's section: a fragment for htmx, the same content as a page of its own otherwise. */
    @GetMapping("/clients/{clientId}/signals")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String forClient(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("signals", signals.viewForClient(new ClientId(clientId)));
        common(model);
        return htmx != null && historyRestore == null ? "signals/client :: content" : "signals/client";
    }

    /** Every open signal the user answers for (the director: the whole program), newest first, by direction. */
    @GetMapping("/signals")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String open(@RequestParam(required = false) @Nullable String direction,
            @RequestParam(required = false) @Nullable String page, Model model) {
        SignalDirection chosen = Arrays.stream(SignalDirection.values())
                .filter(d -> d.name().equalsIgnoreCase(direction == null ? "" : direction.strip()))
                .findFirst().orElse(null);
        int number = 0;
        try {
            number = page == null || page.isBlank() ? 0 : Math.min(Integer.parseInt(page.strip()), 100_000);
        } catch (NumberFormatException e) {
            number = 0;
        }
        model.addAttribute("result", signals.openForMe(chosen, number));
        model.addAttribute("direction", chosen == null ? "" : chosen.name());
        model.addAttribute("directions", SignalDirection.values());
        model.addAttribute("everyone", currentUser.require().can(Permission.PROGRAM_OVERSIGHT));
        common(model);
        return "signals/list";
    }

    @GetMapping("/signals/{signalId}")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String signal(@PathVariable UUID signalId, @RequestParam(required = false) @Nullable String back, Model model) {
        return page(model, signals.view(signalId), safeBack(back), Map.of(), Map.of());
    }

    /**
     * Acts on a signal from the chart, the list or its page; back where the person came from when done. Refused input
     * shows the signal's page again with each problem beside its field (422); someone else's action or new evidence
     * shows it as it now stands with a message (409). Nothing is saved either way.
     */
    @PostMapping("/signals/{signalId}/actions")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'PROGRAM_OVERSIGHT')")
    String act(@PathVariable UUID signalId, @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String targetDate,
            @RequestParam(required = false) @Nullable String extendDays,
            @RequestParam(required = false) @Nullable String back, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        SignalActionKind kind = action == null ? null : SignalActionKind.fromCode(action.strip()).orElse(null);
        if (action != null && !action.isBlank() && kind == null) {
            errors.put("action", "Choose one of the actions listed.");
        }
        LocalDate date = null;
        if (targetDate != null && !targetDate.isBlank()) {
            try {
                date = LocalDate.parse(targetDate.strip());
            } catch (java.time.format.DateTimeParseException e) {
                errors.put("targetDate", "Write the date as yyyy-mm-dd.");
            }
        }
        Integer days = null;
        if (extendDays != null && !extendDays.isBlank()) {
            try {
                days = Integer.valueOf(extendDays.strip());
            } catch (NumberFormatException e) {
                errors.put("extendDays", "Enter a whole number of days, such as 14.");
            }
        }
        LevelOfCareSignals.problems(kind, reason, date, days, LocalDate.now(clock)).forEach(errors::putIfAbsent);
        String returnTo = safeBack(back);
        if (errors.isEmpty()) {
            try {
                signals.act(signalId, FormErrors.version(version), kind, reason, date, days);
                redirect.addFlashAttribute("signalNotice", "signals.act.done." + java.util.Objects.requireNonNull(kind)
                        .code());
                return "redirect:" + returnTo;
            } catch (InvalidRequestException e) {
                errors.putAll(FormErrors.of(e));
            } catch (ConflictException e) {
                response.setStatus(409);
                return page(model, signals.view(signalId), returnTo, Map.of("form", String.valueOf(e.getMessage())),
                        entered(action, reason, targetDate, extendDays));
            }
        }
        response.setStatus(422);
        return page(model, signals.view(signalId), returnTo, errors, entered(action, reason, targetDate, extendDays));
    }

    private String page(Model model, LevelOfCareSignal signal, String back, Map<String, String> errors,
            Map<String, @Nullable String> entered) {
        model.addAttribute("s", signal);
        model.addAttribute("back", back);
        model.addAttribute("errors", errors);
        model.addAttribute("entered", entered);
        common(model);
        return "signals/signal";
    }

    private void common(Model model) {
        StepwiseUser user = currentUser.require();
        model.addAttribute("canAct", user.can(Permission.CLINICAL_WRITE) || user.can(Permission.PROGRAM_OVERSIGHT));
        model.addAttribute("actions", SignalActionKind.values());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("today", LocalDate.now(clock));
    }

    private static Map<String, @Nullable String> entered(@Nullable String action, @Nullable String reason,
            @Nullable String targetDate, @Nullable String extendDays) {
        Map<String, @Nullable String> entered = new LinkedHashMap<>();
        entered.put("action", action);
        entered.put("reason", reason);
        entered.put("targetDate", targetDate);
        entered.put("extendDays", extendDays);
        return entered;
    }

    /** Only back to the open list or a chart, never elsewhere (no open redirect). */
    static String safeBack(@Nullable String back) {
        if (back != null && (back.matches("/signals(\\?direction=(UP|DOWN|DUE))?")
                || back.matches("/clients/[0-9a-f-]{36}"))) {
            return back;
        }
        return "/signals";
    }
}
