package org.stepwise.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.printing.ClinicalPrints;
import org.stepwise.safety.NewPlanSignature;
import org.stepwise.safety.RecoveryPlan;
import org.stepwise.safety.RecoveryPlanConflictException;
import org.stepwise.safety.RecoveryPlanKind;
import org.stepwise.safety.RecoveryPlanVersion;
import org.stepwise.safety.RecoveryPlans;
import org.stepwise.safety.rules.RecoveryPlanRules;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.web.FormErrors;

/** What the plan pages do for either kind: read, edit under the lock, sign, show a version, print it. */
@Component
class RecoveryPlanScreens {

    private final RecoveryPlans plans;
    private final ClientRegistry registry;
    private final ClinicalPrints prints;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecoveryPlanScreens(RecoveryPlans plans, ClientRegistry registry, ClinicalPrints prints, CurrentUser currentUser,
            Clock clock) {
        this.plans = plans;
        this.registry = registry;
        this.prints = prints;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The plan page, or with htmx only the chart's section. */
    String plan(RecoveryPlanKind kind, ClientId client, boolean htmx, Model model) {
        page(kind, client, plans.view(client, kind).orElse(null), model);
        return htmx ? "safety/plan :: panel" : "safety/plan";
    }

    String edit(RecoveryPlanKind kind, ClientId client, Model model) {
        RecoveryPlan plan = plans.view(client, kind).orElse(null);
        Map<String, String> form = new LinkedHashMap<>();
        if (plan != null) {
            form.put("version", String.valueOf(plan.lockVersion()));
            plan.latest().ifPresent(v -> {
                form.putAll(v.content().sections());
                if (v.content().reviewOn() != null) {
                    form.put("reviewOn", v.content().reviewOn().toString());
                }
            });
        }
        return editPage(kind, client, plan, form, Map.of(), null, model);
    }

    String save(RecoveryPlanKind kind, ClientId client, Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Integer lockVersion = FormErrors.version(form.get("version"));
        RecoveryPlanRules.Read read = RecoveryPlanRules.read(kind, form, form.get("reviewOn"), LocalDate.now(clock));
        if (read.content() == null) {
            response.setStatus(422);
            return editPage(kind, client, plans.view(client, kind).orElse(null), form, read.errors(), null, model);
        }
        try {
            RecoveryPlans.Saved saved = plans.save(client, kind, lockVersion, read.content());
            redirect.addFlashAttribute("notice", saved.changed() ? "safety.plan.notice.saved"
                    : "safety.plan.notice.unchanged");
            return "redirect:/clients/" + client + "/" + kind.path();
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return editPage(kind, client, plans.view(client, kind).orElse(null), form, FormErrors.of(e), null, model);
        } catch (RecoveryPlanConflictException e) {
            response.setStatus(409);
            RecoveryPlan current = e.current();
            // The editor's text stays; the hidden version becomes the current one, so saving again is deliberate.
            Map<String, String> kept = new LinkedHashMap<>(form);
            kept.put("version", String.valueOf(current.lockVersion()));
            return editPage(kind, client, current, kept, Map.of("form", e.getMessage()),
                    current.latest().orElse(null), model);
        }
    }

    String sign(RecoveryPlanKind kind, ClientId client, Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Integer number = FormErrors.version(form.get("versionNumber"));
        try {
            plans.sign(client, kind, new NewPlanSignature(form.get("role"), number, form.get("contentHash"),
                    form.get("signerName"), form.get("signedOn")));
            redirect.addFlashAttribute("notice", "safety.plan.notice.signed");
            return "redirect:/clients/" + client + "/" + kind.path();
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", FormErrors.of(e));
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("errors", Map.of("form", e.getMessage()));
        }
        model.addAttribute("signing", form);
        page(kind, client, plans.view(client, kind).orElse(null), model);
        return "safety/plan";
    }

    String version(RecoveryPlanKind kind, ClientId client, int number, Model model) {
        RecoveryPlan plan = plans.get(client, kind);
        RecoveryPlanVersion version = plan.version(number).orElseThrow(() -> noVersion(number));
        common(kind, client, plan, model);
        model.addAttribute("version", version);
        return "safety/plan-version";
    }

    ResponseEntity<byte[]> pdf(RecoveryPlanKind kind, ClientId client, int number) {
        RecoveryPlan plan = plans.get(client, kind);
        RecoveryPlanVersion version = plan.version(number).orElseThrow(() -> noVersion(number));
        ClientSummary summary = summary(client);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("summary", summary);
        model.put("kind", kind);
        model.put("plan", plan);
        model.put("version", version);
        model.put("crisisLines", plans.crisisLines(client));
        return prints.print(new ClinicalPrints.PrintRequest(client, "print/recovery-plan", model,
                kind.path() + "-" + summary.recordNumber() + "-v" + number + ".pdf",
                kind.label().toLowerCase(java.util.Locale.ROOT),
                "version " + number + ", sha256 " + version.contentHash(), plan.part2())).asDownload();
    }

    private void page(RecoveryPlanKind kind, ClientId client, @Nullable RecoveryPlan plan, Model model) {
        common(kind, client, plan, model);
        model.addAttribute("latest", plan == null ? null : plan.latest().orElse(null));
        model.addAttribute("inEffect", plan == null ? null : plan.inEffect().orElse(null));
        model.addAttribute("versionsNewestFirst", plan == null ? java.util.List.of() : plan.versions().reversed());
        model.addAttribute("missing", plan == null ? java.util.List.of() : plan.latest()
                .map(v -> RecoveryPlanRules.missingForSigning(kind, v.content()).stream()
                        .map(field -> field.equals("reviewOn") ? "safety.plan.reviewOn"
                                : "safety.plan.section." + kind.name() + "." + field).toList())
                .orElse(java.util.List.of()));
        if (!model.containsAttribute("signing")) {
            model.addAttribute("signing", Map.of());
        }
    }

    private String editPage(RecoveryPlanKind kind, ClientId client, @Nullable RecoveryPlan plan,
            Map<String, String> form, Map<String, String> errors, @Nullable RecoveryPlanVersion theirs, Model model) {
        common(kind, client, plan, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("theirs", theirs);
        return "safety/plan-edit";
    }

    private void common(RecoveryPlanKind kind, ClientId client, @Nullable RecoveryPlan plan, Model model) {
        model.addAttribute("summary", summary(client));
        model.addAttribute("clientId", client.value());
        model.addAttribute("kind", kind);
        model.addAttribute("plan", plan);
        model.addAttribute("crisisLines", plans.crisisLines(client));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("canWrite", currentUser.require().can(Permission.CLINICAL_WRITE));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    private ClientSummary summary(ClientId client) {
        return registry.find(client).orElseThrow(() -> new NotFoundException("There is no client with id " + client
                + "."));
    }

    private static NotFoundException noVersion(int number) {
        return new NotFoundException("The plan has no version " + number + ".");
    }

}
