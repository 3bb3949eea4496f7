package org.stepwise.discharge.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.discharge.DischargeSummaries;
import org.stepwise.episodes.CareLevels;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.web.FormErrors;

/**
 * The discharge page: how the episode ended, the last day, the reason, the level of care and who takes over, with what
 * will happen on saving. Saving discharges the episode and drafts its summary in one transaction, then opens the summary.
 */
@Controller
@RequestMapping("/clients/{clientId}/episodes/{episodeId}/discharge")
class DischargePages {

    private final DischargeSummaries summaries;
    private final EpisodeRecords episodes;
    private final ClientRegistry registry;
    private final Clock clock;

    DischargePages(DischargeSummaries summaries, EpisodeRecords episodes, ClientRegistry registry, Clock clock) {
        this.summaries = summaries;
        this.episodes = episodes;
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('DISCHARGE')")
    String form(@PathVariable UUID clientId, @PathVariable UUID episodeId, Model model) {
        EpisodeView episode = episode(clientId, episodeId);
        if (episode.status() == EpisodeStatus.DISCHARGED) {
            return "redirect:" + SummaryPages.path(episode.client(), episode.id());
        }
        return page(episode, DischargeForm.blank(LocalDate.now(clock), episode.version()), Map.of(), model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('DISCHARGE')")
    String discharge(@PathVariable UUID clientId, @PathVariable UUID episodeId,
            @RequestParam Map<String, String> submitted, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        EpisodeView episode = episode(clientId, episodeId);
        DischargeForm form = DischargeForm.of(submitted);
        Map<String, String> unreadable = form.unreadable();
        if (!unreadable.isEmpty()) {
            response.setStatus(422);
            return page(episode, form, unreadable, model);
        }
        try {
            summaries.discharge(episode.id(), form.request());
            redirect.addFlashAttribute("notice", "discharge.notice.discharged");
            return "redirect:" + SummaryPages.path(episode.client(), episode.id());
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return page(episode, form, FormErrors.of(e), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            EpisodeView now = episode(clientId, episodeId);
            // The typed values stay; the hidden version becomes the current one, so sending again is deliberate.
            Map<String, String> kept = new java.util.LinkedHashMap<>(form.values());
            kept.put("version", String.valueOf(now.version()));
            return page(now, new DischargeForm(kept), Map.of("form", String.valueOf(e.getMessage())), model);
        }
    }

    private EpisodeView episode(UUID clientId, UUID episodeId) {
        EpisodeView episode = episodes.episode(new EpisodeId(episodeId));
        if (!episode.client().equals(new ClientId(clientId))) {
            throw new NotFoundException("This client has no such episode of care.");
        }
        return episode;
    }

    private String page(EpisodeView episode, DischargeForm form, Map<String, String> errors, Model model) {
        model.addAttribute("summary", registry.find(episode.client()).orElseThrow(
                () -> new NotFoundException("There is no such client.")));
        model.addAttribute("clientId", episode.client().value());
        model.addAttribute("episode", episode);
        model.addAttribute("types", DischargeType.values());
        model.addAttribute("levels", CareLevels.ALL);
        model.addAttribute("levelAtAdmission", CareLevels.label(episode.levelOfCare()));
        model.addAttribute("form", form.values());
        model.addAttribute("errors", errors);
        return "discharge/discharge";
    }
}
