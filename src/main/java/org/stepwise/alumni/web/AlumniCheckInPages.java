package org.stepwise.alumni.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.alumni.AlumniAttendanceOutcome;
import org.stepwise.alumni.AlumniCheckIn;
import org.stepwise.alumni.AlumniCheckIns;
import org.stepwise.alumni.AlumniSessionRoster;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/**
 * {@code /alumni/sessions/{id}}: an alumni group's check-in list, the program's active alumni with a "came" / "did not
 * come" answer each, saved row by row with htmx (or as plain forms without scripts).
 */
@Controller
class AlumniCheckInPages {

    private final AlumniCheckIns checkIns;

    AlumniCheckInPages(AlumniCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @GetMapping("/alumni/sessions/{sessionId}")
    @PreAuthorize("hasAnyAuthority('CHECK_IN', 'FOLLOW_UP')")
    String roster(@PathVariable UUID sessionId, Model model) {
        return page(model, new SessionId(sessionId), Map.of());
    }

    @PostMapping("/alumni/sessions/{sessionId}/attendance")
    @PreAuthorize("hasAnyAuthority('CHECK_IN', 'FOLLOW_UP')")
    String record(@PathVariable UUID sessionId, @RequestParam(required = false) @Nullable String clientId,
            @RequestParam(required = false) @Nullable String attended,
            @RequestParam(required = false) @Nullable String version,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        SessionId id = new SessionId(sessionId);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID client = Params.uuid(clientId).orElse(null);
        if (client == null) {
            errors.put("client", "Choose the alumnus from the list.");
        }
        Integer v = Params.integer(version, "version", "Open the list again.", errors);
        HttpStatus refusal = HttpStatus.UNPROCESSABLE_CONTENT;
        String saved = null;
        if (errors.isEmpty()) {
            try {
                AlumniAttendanceOutcome outcome = checkIns.record(id, new ClientId(client), Params.yesNo(attended), v);
                saved = outcome.change() == AlumniAttendanceOutcome.Change.UNCHANGED ? "alumni.checkIn.unchanged"
                        : "alumni.checkIn.saved";
                if (htmx == null) {
                    redirect.addFlashAttribute("noticeKey", saved);
                    return "redirect:/alumni/sessions/" + sessionId;
                }
            } catch (ConflictException e) {
                errors.put("form", String.valueOf(e.getMessage()));
                refusal = HttpStatus.CONFLICT;
            } catch (InvalidRequestException e) {
                errors.putAll(FormErrors.of(e));
            }
        }
        if (saved == null) {
            response.setStatus(refusal.value());
        }
        if (htmx != null && client != null) {
            AlumniSessionRoster roster = checkIns.roster(id);
            AlumniCheckIn line = roster.lines().stream().filter(l -> l.client().value().equals(client)).findFirst()
                    .orElse(null);
            if (line != null) {
                model.addAttribute("roster", roster);
                model.addAttribute("line", line);
                model.addAttribute("errs", errors);
                model.addAttribute("saved", saved);
                return "alumni/checkin :: saved-row";
            }
        }
        return page(model, id, errors);
    }

    private String page(Model model, SessionId id, Map<String, String> errors) {
        model.addAttribute("roster", checkIns.roster(id));
        model.addAttribute("errors", errors);
        return "alumni/checkin";
    }
}
