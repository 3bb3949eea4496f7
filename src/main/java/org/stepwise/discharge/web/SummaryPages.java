package org.stepwise.discharge.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.discharge.DischargeSummaries;
import org.stepwise.discharge.DischargeSummary;
import org.stepwise.discharge.DischargeSummaryConflictException;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/**
 * The discharge summary's page: the drafted figures read-only, the clinician's sections to write while in draft (under
 * the version: a conflict shows their text and keeps yours), "Redraft from the chart", signing, and the PDF.
 */
@Controller
@RequestMapping("/clients/{clientId}/episodes/{episodeId}/discharge-summary")
class SummaryPages {

    private final DischargeSummaries summaries;
    private final SummaryScreens screens;
    private final SummaryPrints prints;

    SummaryPages(DischargeSummaries summaries, SummaryScreens screens, SummaryPrints prints) {
        this.summaries = summaries;
        this.screens = screens;
        this.prints = prints;
    }

    static String path(ClientId client, EpisodeId episode) {
        return "/clients/" + client + "/episodes/" + episode + "/discharge-summary";
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String summary(@PathVariable UUID clientId, @PathVariable UUID episodeId, Model model) {
        return screens.page(new ClientId(clientId), new EpisodeId(episodeId), null, Map.of(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('DISCHARGE')")
    String save(@PathVariable UUID clientId, @PathVariable UUID episodeId, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        EpisodeId episode = screens.episodeOf(client, new EpisodeId(episodeId));
        try {
            summaries.save(episode, FormErrors.version(form.get("version")), form);
            redirect.addFlashAttribute("notice", "discharge.notice.saved");
            return "redirect:" + path(client, episode);
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return screens.page(client, episode, form, FormErrors.of(e), null, model);
        } catch (DischargeSummaryConflictException e) {
            response.setStatus(409);
            DischargeSummary current = e.current();
            Map<String, String> kept = new java.util.LinkedHashMap<>(form);
            kept.put("version", String.valueOf(current.version()));
            return screens.page(client, episode, current.isDraft() ? kept : null,
                    Map.of("form", String.valueOf(e.getMessage())), current.isDraft() ? current : null, model);
        }
    }

    @PostMapping("/redraft")
    @PreAuthorize("hasAuthority('DISCHARGE')")
    String redraft(@PathVariable UUID clientId, @PathVariable UUID episodeId, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(new ClientId(clientId), new EpisodeId(episodeId), "discharge.notice.redrafted",
                episode -> summaries.redraft(episode, FormErrors.version(form.get("version"))), model, response,
                redirect);
    }

    @PostMapping("/sign")
    @PreAuthorize("hasAuthority('DISCHARGE')")
    String sign(@PathVariable UUID clientId, @PathVariable UUID episodeId, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(new ClientId(clientId), new EpisodeId(episodeId), "discharge.notice.signed",
                episode -> summaries.sign(episode, FormErrors.version(form.get("version")), form.get("contentHash")),
                model, response, redirect);
    }

    /**
     * A button with nothing typed (redraft, sign): done, back to the summary with the notice; refused, the page with
     * the reason (422, or 409 when someone else changed or signed it).
     */
    private String act(ClientId client, EpisodeId requested, String notice, Consumer<EpisodeId> action, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        EpisodeId episode = screens.episodeOf(client, requested);
        try {
            action.accept(episode);
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + path(client, episode);
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return screens.page(client, episode, null, FormErrors.of(e), null, model);
        } catch (DischargeSummaryConflictException e) {
            response.setStatus(409);
            return screens.page(client, episode, null, Map.of("form", String.valueOf(e.getMessage())), null, model);
        }
    }

    @GetMapping("/pdf")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    ResponseEntity<byte[]> pdf(@PathVariable UUID clientId, @PathVariable UUID episodeId) {
        ClientId client = new ClientId(clientId);
        return prints.print(client, screens.episodeOf(client, new EpisodeId(episodeId))).asDownload();
    }
}
