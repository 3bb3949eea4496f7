package org.stepwise.careplan.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stepwise.careplan.Modality;
import org.stepwise.careplan.ObjectiveProgress;
import org.stepwise.careplan.TreatmentPlan;
import org.stepwise.careplan.TreatmentPlans;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** What every plan page needs: the client, their episode, what the user may do, the choices of the forms. */
@Component
class PlanPageSupport {

    /** The roles that deliver interventions: who a plan may name as responsible. */
    private static final List<Role> TREATING = List.of(Role.CLINICIAN, Role.PRESCRIBER, Role.NURSE, Role.CASE_MANAGER,
            Role.PROGRAM_DIRECTOR);

    private final TreatmentPlans plans;
    private final ChartAccess chartAccess;
    private final ClientRegistry registry;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final Clock clock;

    PlanPageSupport(TreatmentPlans plans, ChartAccess chartAccess, ClientRegistry registry, CurrentUser currentUser,
            StaffDirectory staff, Clock clock) {
        this.plans = plans;
        this.chartAccess = chartAccess;
        this.registry = registry;
        this.currentUser = currentUser;
        this.staff = staff;
        this.clock = clock;
    }

    /** The client's plan episode after the chart-access check; 404 when the client has never been admitted. */
    EpisodeId episode(ClientId client) {
        chartAccess.require(client);
        return plans.episodeOf(client).orElseThrow(() -> new NotFoundException(
                "This client has no episode of care: admit them before writing a treatment plan."));
    }

    ClientSummary summary(ClientId client) {
        return registry.find(client).orElseThrow(() -> new NotFoundException("There is no client with id " + client
                + "."));
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** The model every plan page shares. */
    void common(Model model, ClientId client, @Nullable TreatmentPlan plan) {
        model.addAttribute("summary", summary(client));
        model.addAttribute("clientId", client.value());
        model.addAttribute("plan", plan);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("canWrite", currentUser.require().can(Permission.CLINICAL_WRITE));
        model.addAttribute("canPhysicianSign", currentUser.require().can(Permission.PLAN_PHYSICIAN_SIGN));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    /** The edit and review forms' choices. */
    void choices(Model model) {
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("progresses", ObjectiveProgress.values());
        model.addAttribute("staff", staff.all().stream().filter(StaffMember::active)
                .filter(m -> TREATING.contains(m.role())).toList());
    }
}
