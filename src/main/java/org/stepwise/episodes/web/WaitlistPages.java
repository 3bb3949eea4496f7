package org.stepwise.episodes.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.episodes.AdmissionOutcome;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.TrackRosters;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.TrackId;
import org.stepwise.shared.web.FormErrors;

/**
 * Issue 7: the intake coordinator admits a waiting client who was offered a place that came free, from the track's
 * roster. The admission is guarded by the episode's version (someone else's change is a conflict, told on the roster);
 * sending it twice answers with the admission made.
 */
@Controller
class WaitlistPages {

    private final Admissions admissions;
    private final TrackRosters rosters;
    private final MessageSource messages;

    WaitlistPages(Admissions admissions, TrackRosters rosters, MessageSource messages) {
        this.admissions = admissions;
        this.rosters = rosters;
        this.messages = messages;
    }

    @PostMapping("/tracks/{trackId}/waitlist/{entryId}/admit")
    @PreAuthorize("hasAuthority('INTAKE')")
    String admit(@PathVariable UUID trackId, @PathVariable UUID entryId,
            @RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
        String back = "redirect:/tracks/" + trackId + "/roster";
        if (!rosters.trackOfWaitlistEntry(entryId).map(t -> t.value().equals(trackId)).orElse(false)) {
            throw new NotFoundException("There is no such waitlist entry on this track.");
        }
        String name = rosters.waitingClientName(new TrackId(trackId), entryId).orElse("The client");
        Integer read = FormErrors.version(version);
        try {
            if (read == null) {
                throw new InvalidRequestException("Open the roster again and use its Admit button; nothing was saved.");
            }
            AdmissionOutcome outcome = admissions.admitIntoOfferedPlace(entryId, read);
            redirect.addFlashAttribute("rosterNotice", messages.getMessage("episodes.roster.admitted.done",
                    new Object[] {name, outcome.admittedOn()},
                    LocaleContextHolder.getLocale()));
        } catch (ConflictException | InvalidRequestException e) {
            redirect.addFlashAttribute("rosterError", e.getMessage());
        }
        return back;
    }
}
