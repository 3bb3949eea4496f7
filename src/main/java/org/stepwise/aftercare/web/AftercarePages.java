package org.stepwise.aftercare.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/**
 * The aftercare pages: the chart's section (a client's episodes and their plans), an episode's plan with its versions,
 * copies and referrals, editing under the lock, the review with the client, sharing, referral out and the PDFs. Case
 * managers write aftercare plans (FOLLOW_UP) as well as clinicians; the people who may write the plan are the people
 * who hand it out and refer the client on (each share or referral still needs the client's consent).
 */
@Controller
class AftercarePages {

    private final AftercareScreens screens;

    AftercarePages(AftercareScreens screens) {
        this.screens = screens;
    }

    @GetMapping("/clients/{clientId}/aftercare-plan")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String section(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        return screens.section(new ClientId(clientId), htmx != null, model);
    }

    @GetMapping("/episodes/{episodeId}/aftercare-plan")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String plan(@PathVariable UUID episodeId, Model model) {
        return screens.plan(new EpisodeId(episodeId), model);
    }

    @GetMapping("/episodes/{episodeId}/aftercare-plan/edit")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'FOLLOW_UP')")
    String edit(@PathVariable UUID episodeId, Model model) {
        return screens.edit(new EpisodeId(episodeId), model);
    }

    @PostMapping("/episodes/{episodeId}/aftercare-plan")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'FOLLOW_UP')")
    String save(@PathVariable UUID episodeId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return screens.save(new EpisodeId(episodeId), form, model, response, redirect);
    }

    @PostMapping("/episodes/{episodeId}/aftercare-plan/review")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'FOLLOW_UP')")
    String review(@PathVariable UUID episodeId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return screens.review(new EpisodeId(episodeId), form, model, response, redirect);
    }

    @PostMapping("/episodes/{episodeId}/aftercare-plan/share")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'FOLLOW_UP')")
    String share(@PathVariable UUID episodeId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return screens.share(new EpisodeId(episodeId), form, model, response, redirect);
    }

    @PostMapping("/episodes/{episodeId}/aftercare-plan/referral")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'FOLLOW_UP')")
    String refer(@PathVariable UUID episodeId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response) {
        return screens.refer(new EpisodeId(episodeId), form, model, response);
    }

    @GetMapping("/episodes/{episodeId}/aftercare-plan/referrals/{referralId}")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String referral(@PathVariable UUID episodeId, @PathVariable UUID referralId, Model model) {
        return screens.referral(new EpisodeId(episodeId), referralId, model);
    }

    @GetMapping("/episodes/{episodeId}/aftercare-plan/referrals/{referralId}/pdf")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    ResponseEntity<byte[]> packet(@PathVariable UUID episodeId, @PathVariable UUID referralId) {
        return screens.packet(new EpisodeId(episodeId), referralId);
    }

    @GetMapping("/episodes/{episodeId}/aftercare-plan/versions/{number}/pdf")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    ResponseEntity<byte[]> pdf(@PathVariable UUID episodeId, @PathVariable int number) {
        return screens.pdf(new EpisodeId(episodeId), number);
    }
}
