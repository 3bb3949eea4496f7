package org.stepwise.careplan.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stepwise.careplan.PlanContent;
import org.stepwise.careplan.rules.PlanRules;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Turns submitted content into what a version stores: the services' hours and dates from the episode, each responsible
 * staff member's name, an id for each new objective; and refuses content that breaks the plan's rules or names an
 * objective of another plan.
 */
@Component
public class ContentCompletion {

    private final StaffDirectory staff;

    ContentCompletion(StaffDirectory staff) {
        this.staff = staff;
    }

    /**
     * @param knownObjectives ids of the plan's objectives: a submitted id must be one of them
     * @throws InvalidRequestException with every problem, keyed by field path
     */
    public PlanContent complete(PlanContent submitted, EpisodeView episode, Set<UUID> knownObjectives) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<PlanContent.Problem> problems = new ArrayList<>();
        for (int i = 0; i < submitted.problems().size(); i++) {
            PlanContent.Problem p = submitted.problems().get(i);
            List<PlanContent.Objective> objectives = new ArrayList<>();
            for (int j = 0; j < p.objectives().size(); j++) {
                PlanContent.Objective o = p.objectives().get(j);
                if (o.id() == null) {
                    objectives.add(o.withId(UUID.randomUUID()));
                } else if (knownObjectives.contains(o.id())) {
                    objectives.add(o);
                } else {
                    errors.put("problems[" + i + "].objectives[" + j + "].id",
                            "This objective is not one of this plan's: leave the id out to add a new one.");
                    objectives.add(o);
                }
            }
            List<PlanContent.Intervention> interventions = new ArrayList<>();
            for (int k = 0; k < p.interventions().size(); k++) {
                PlanContent.Intervention v = p.interventions().get(k);
                if (v.responsibleId() == null) {
                    interventions.add(new PlanContent.Intervention(v.modality(), v.frequency(), null, null, v.detail()));
                    continue;
                }
                StaffMember member = staff.byId(new StaffId(v.responsibleId())).filter(StaffMember::active).orElse(null);
                if (member == null) {
                    errors.put("problems[" + i + "].interventions[" + k + "].responsible",
                            "Choose an active staff member, or leave it unassigned.");
                }
                interventions.add(new PlanContent.Intervention(v.modality(), v.frequency(), v.responsibleId(),
                        member == null ? null : member.displayName(), v.detail()));
            }
            problems.add(new PlanContent.Problem(p.code(), p.text(), p.goal(), objectives, interventions));
        }
        PlanContent content = withEpisodeServices(new PlanContent(problems, submitted.services()), episode);
        PlanRules.check(content, episode.admittedOn()).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The plan is not complete: " + String.join(" ", errors.values().stream()
                    .distinct().limit(3).toList()) + (errors.size() > 3 ? " (and more)" : ""), errors);
        }
        return content;
    }

    /** The content with the episode's weekly hours and dates in its services: a plan never states its own. */
    public static PlanContent withEpisodeServices(PlanContent content, EpisodeView episode) {
        PlanContent.Services s = content.services();
        return new PlanContent(content.problems(), new PlanContent.Services(s.types(), s.amount(), s.frequency(),
                episode.weeklyHours(), episode.admittedOn(), episode.plannedEnd()));
    }
}
