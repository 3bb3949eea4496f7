package org.stepwise.aftercare.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.aftercare.AftercareConflictException;
import org.stepwise.aftercare.AftercareEpisode;
import org.stepwise.aftercare.AftercarePlan;
import org.stepwise.aftercare.AftercarePlans;
import org.stepwise.aftercare.AftercareReferrals;
import org.stepwise.aftercare.AftercareSharing;
import org.stepwise.aftercare.AftercareVersion;
import org.stepwise.aftercare.ReferralKind;
import org.stepwise.aftercare.ReferralRefusedException;
import org.stepwise.aftercare.ReferralStatus;
import org.stepwise.aftercare.rules.AftercareRules;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.web.FormErrors;

/** What the aftercare pages do: read, edit under the lock, review, share, refer, print. */
@Component
class AftercareScreens {

    private final AftercarePlans plans;
    private final AftercareSharing sharing;
    private final AftercareReferrals referrals;
    private final ClientRegistry registry;
    private final CurrentUser currentUser;

    AftercareScreens(AftercarePlans plans, AftercareSharing sharing, AftercareReferrals referrals,
            ClientRegistry registry, CurrentUser currentUser) {
        this.plans = plans;
        this.sharing = sharing;
        this.referrals = referrals;
        this.registry = registry;
        this.currentUser = currentUser;
    }

    String section(ClientId client, boolean htmx, Model model) {
        model.addAttribute("episodes", plans.forClient(client));
        model.addAttribute("summary", summary(client));
        model.addAttribute("clientId", client.value());
        model.addAttribute("canWrite", canWrite());
        return htmx ? "aftercare/section :: panel" : "aftercare/section";
    }

    String plan(EpisodeId id, Model model) {
        page(id, plans.view(id).orElse(null), model);
        return "aftercare/plan";
    }

    String edit(EpisodeId id, Model model) {
        AftercarePlan plan = plans.view(id).orElse(null);
        Map<String, String> form = new LinkedHashMap<>();
        if (plan != null) {
            plan.latest().ifPresent(v -> form.putAll(AftercareRules.form(v.content())));
            form.put("version", String.valueOf(plan.lockVersion()));
        }
        return editPage(id, plan, form, Map.of(), null, model);
    }

    String save(EpisodeId id, Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Integer lockVersion = FormErrors.version(form.get("version"));
        AftercareRules.Read read = AftercareRules.read(form);
        if (read.content() == null) {
            response.setStatus(422);
            return editPage(id, plans.view(id).orElse(null), form, read.errors(), null, model);
        }
        try {
            AftercarePlans.Saved saved = plans.save(id, lockVersion, read.content());
            redirect.addFlashAttribute("notice", saved.changed() ? "aftercare.notice.saved"
                    : "aftercare.notice.unchanged");
            return "redirect:/episodes/" + id + "/aftercare-plan";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return editPage(id, plans.view(id).orElse(null), form, FormErrors.of(e), null, model);
        } catch (AftercareConflictException e) {
            response.setStatus(409);
            AftercarePlan current = e.current();
            // The editor's text stays; the hidden version becomes the current one, so saving again is deliberate.
            Map<String, String> kept = new LinkedHashMap<>(form);
            kept.put("version", String.valueOf(current.lockVersion()));
            return editPage(id, current, kept, Map.of("form", e.getMessage()), current.latest().orElse(null), model);
        } catch (ConflictException e) {
            response.setStatus(409);
            return editPage(id, plans.view(id).orElse(null), form, Map.of("form", e.getMessage()), null, model);
        }
    }

    String review(EpisodeId id, Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            plans.review(id, FormErrors.version(form.get("versionNumber")), form.get("reviewedOn"));
            redirect.addFlashAttribute("notice", "aftercare.notice.reviewed");
            return "redirect:/episodes/" + id + "/aftercare-plan";
        } catch (InvalidRequestException e) {
            return planAgain(id, form, 422, FormErrors.of(e), model, response);
        } catch (ConflictException e) {
            return planAgain(id, form, 409, Map.of("form", e.getMessage()), model, response);
        }
    }

    String share(EpisodeId id, Map<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            String person = form.get("supportPerson");
            UUID personId = person == null || person.isBlank() || person.equals("CLIENT") ? null : parseUuid(person);
            String recipient = personId == null ? "CLIENT" : "SUPPORT_PERSON";
            sharing.share(id, recipient, personId, FormErrors.version(form.get("versionNumber")), form.get("givenOn"));
            redirect.addFlashAttribute("notice", personId == null ? "aftercare.notice.givenToClient"
                    : "aftercare.notice.shared");
            return "redirect:/episodes/" + id + "/aftercare-plan";
        } catch (InvalidRequestException e) {
            return planAgain(id, form, 422, FormErrors.of(e), model, response);
        } catch (ConflictException e) {
            return planAgain(id, form, 409, Map.of("form", e.getMessage()), model, response);
        }
    }

    String refer(EpisodeId id, Map<String, String> form, Model model, HttpServletResponse response) {
        try {
            UUID referral = referrals.refer(id, form.get("recipientName"), form.get("sentOn")).id();
            return "redirect:/episodes/" + id + "/aftercare-plan/referrals/" + referral;
        } catch (InvalidRequestException e) {
            return planAgain(id, form, 422, FormErrors.of(e), model, response);
        } catch (ReferralRefusedException e) {
            model.addAttribute("refusedSections", e.leftOut());
            return planAgain(id, form, 409, Map.of("form", e.getMessage()), model, response);
        } catch (ConflictException e) {
            return planAgain(id, form, 409, Map.of("form", e.getMessage()), model, response);
        }
    }

    String referral(EpisodeId id, UUID referralId, Model model) {
        AftercareEpisode episode = plans.episode(id);
        model.addAttribute("referral", referrals.referral(id, referralId));
        model.addAttribute("episode", episode);
        model.addAttribute("summary", summary(episode.client()));
        return "aftercare/referral";
    }

    ResponseEntity<byte[]> packet(EpisodeId id, UUID referralId) {
        return referrals.packet(id, referralId).asDownload();
    }

    ResponseEntity<byte[]> pdf(EpisodeId id, int number) {
        return sharing.pdf(id, number).asDownload();
    }

    /** The plan page again after a refused review, share or referral: the status, the messages, what was typed. */
    private String planAgain(EpisodeId id, Map<String, String> form, int status, Map<String, String> errors,
            Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("errors", errors);
        model.addAttribute("submitted", form);
        page(id, plans.view(id).orElse(null), model);
        return "aftercare/plan";
    }

    private void page(EpisodeId id, @Nullable AftercarePlan plan, Model model) {
        AftercareEpisode episode = common(id, plan, model);
        AftercareVersion latest = plan == null ? null : plan.latest().orElse(null);
        model.addAttribute("latest", latest);
        model.addAttribute("versionsNewestFirst", plan == null ? List.of() : plan.versions().reversed());
        model.addAttribute("safetyPlan", latest == null ? null : AftercarePlans.safetyPlan(latest.content()));
        model.addAttribute("network", sharing.supportNetwork(id));
        model.addAttribute("sections", latest == null ? List.of()
                : AftercareReferrals.sections(episode, latest.content()));
        if (!model.containsAttribute("submitted")) {
            model.addAttribute("submitted", Map.of());
        }
    }

    private String editPage(EpisodeId id, @Nullable AftercarePlan plan, Map<String, String> form,
            Map<String, String> errors, @Nullable AftercareVersion theirs, Model model) {
        common(id, plan, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("theirs", theirs);
        model.addAttribute("theirsSafetyPlan", theirs == null ? null : AftercarePlans.safetyPlan(theirs.content()));
        model.addAttribute("levels", AftercareRules.LEVELS);
        model.addAttribute("days", java.time.DayOfWeek.values());
        model.addAttribute("referralKinds", ReferralKind.values());
        model.addAttribute("referralStatuses", ReferralStatus.values());
        model.addAttribute("groupRows", rows(form, "groups", AftercareRules.MAX_GROUPS));
        model.addAttribute("referralRows", rows(form, "referrals", AftercareRules.MAX_REFERRALS));
        return "aftercare/edit";
    }

    private AftercareEpisode common(EpisodeId id, @Nullable AftercarePlan plan, Model model) {
        AftercareEpisode episode = plans.episode(id);
        model.addAttribute("episode", episode);
        model.addAttribute("episodeId", id.value());
        model.addAttribute("summary", summary(episode.client()));
        model.addAttribute("clientId", episode.client().value());
        model.addAttribute("plan", plan);
        model.addAttribute("crisisLines", episode.crisisLines());
        model.addAttribute("canWrite", canWrite() && episode.planMayChange());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return episode;
    }

    /** The rows a list shows: the form's rows, at least the offered number. */
    private static List<Integer> rows(Map<String, String> form, String list, int offered) {
        int used = (int) form.keySet().stream().filter(k -> k.startsWith(list + "[") && k.endsWith("].name")
                || k.startsWith(list + "[") && k.endsWith("].agency")).count();
        return java.util.stream.IntStream.range(0, Math.max(offered, used + 1)).boxed().toList();
    }

    private boolean canWrite() {
        StepwiseUser user = currentUser.require();
        return user.can(Permission.CLINICAL_WRITE) || user.can(Permission.FOLLOW_UP);
    }

    private ClientSummary summary(ClientId client) {
        return registry.find(client).orElseThrow(() -> new NotFoundException("There is no client with id " + client
                + "."));
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.forField("supportPerson", "Choose the person from the client's support "
                    + "network.");
        }
    }
}
