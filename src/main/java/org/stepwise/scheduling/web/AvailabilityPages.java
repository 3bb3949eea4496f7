package org.stepwise.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.scheduling.Availabilities;
import org.stepwise.scheduling.Availability;
import org.stepwise.scheduling.DayPart;
import org.stepwise.scheduling.internal.Facilitators;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.web.FormErrors;

/** {@code /clients/{clientId}/availability}: when the client can come during their current episode. */
@Controller
class AvailabilityPages {

    private final Availabilities availabilities;
    private final EpisodeRecords episodes;
    private final ChartAccess chartAccess;
    private final ClientRegistry clients;
    private final Facilitators facilitators;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Texts texts;
    private final java.time.Clock clock;

    AvailabilityPages(Availabilities availabilities, EpisodeRecords episodes, ChartAccess chartAccess,
            ClientRegistry clients, Facilitators facilitators, CurrentUser currentUser, Validator validator,
            Texts texts, java.time.Clock clock) {
        this.clock = clock;
        this.availabilities = availabilities;
        this.episodes = episodes;
        this.chartAccess = chartAccess;
        this.clients = clients;
        this.facilitators = facilitators;
        this.currentUser = currentUser;
        this.validator = validator;
        this.texts = texts;
    }

    @GetMapping("/clients/{clientId}/availability")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    String availability(@PathVariable UUID clientId, Model model) {
        ClientId client = new ClientId(clientId);
        chartAccess.require(client);
        Optional<EpisodeId> episode = episodes.current(client);
        Optional<Availability> saved = episode.flatMap(availabilities::view);
        return page(model, client, episode.orElse(null), saved.orElse(null),
                saved.map(AvailabilityForm::of).orElse(AvailabilityForm.blank()), Map.of());
    }

    @PostMapping("/clients/{clientId}/availability")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String save(@PathVariable UUID clientId, @ModelAttribute("form") AvailabilityForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        chartAccess.require(client);
        EpisodeId episode = episodes.current(client).orElseThrow(() -> new InvalidRequestException(
                "The client has no current episode of care: admit them into a track first."));
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding, validator, form));
        var details = form.details(errors);
        if (errors.isEmpty()) {
            try {
                availabilities.save(episode, form.version(), details);
                redirect.addFlashAttribute("notice", texts.get("schedule.availability.saved"));
                return "redirect:/clients/" + clientId + "/availability";
            } catch (InvalidRequestException e) {
                errors.putAll(e.fieldErrors().isEmpty() ? Map.of("form", e.getMessage()) : e.fieldErrors());
            } catch (ConflictException e) {
                Optional<Availability> now = availabilities.of(episode);
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("conflict", e.getMessage());
                AvailabilityForm kept = new AvailabilityForm(form.weekdays(), form.dayPart(), form.blockedWeekday(),
                        form.blockedFrom(), form.blockedTo(), form.blockedReason(), form.blockedRemove(),
                        form.individualEveryWeeks(), form.familyEveryWeeks(), form.medicationEveryWeeks(),
                        form.preferredStaff(), now.map(Availability::version).orElse(null));
                return page(model, client, episode, now.orElse(null), kept, Map.of());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, client, episode, availabilities.of(episode).orElse(null), form, errors);
    }

    private String page(Model model, ClientId client, @Nullable EpisodeId episode, @Nullable Availability saved,
            AvailabilityForm form, Map<String, String> errors) {
        ClientSummary summary = clients.find(client)
                .orElseThrow(() -> new NotFoundException("There is no client with id " + client + "."));
        model.addAttribute("client", summary);
        model.addAttribute("episode", episode);
        model.addAttribute("saved", saved);
        model.addAttribute("form", form);
        model.addAttribute("rows", form.rows());
        model.addAttribute("errors", errors);
        model.addAttribute("dayParts", DayPart.values());
        model.addAttribute("staff", facilitators.active());
        model.addAttribute("canManage", currentUser.require().can(Permission.SCHEDULE_MANAGE));
        model.addAttribute("zone", clock.getZone());
        return "scheduling/availability";
    }
}
