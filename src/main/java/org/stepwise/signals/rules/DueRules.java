package org.stepwise.signals.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.signals.SignalKind;

/**
 * Dates the program must meet, each raised {@code dueWithinDays} ahead and kept while overdue: the physician's
 * recertification (every other month), the plan review, the end of the authorization or its units running out, and the
 * planned end of the stay. Fingerprinted by the due date, so a dismissed one returns only when the date moves.
 */
final class DueRules {

    private DueRules() {}

    static List<RaisedSignal> evaluate(ClientFacts facts, SignalThresholds t) {
        List<RaisedSignal> raised = new ArrayList<>();
        due(facts, t, SignalKind.RECERTIFICATION_DUE, "Physician recertification", facts.recertificationDue(),
                Links.episodes(facts.client())).ifPresent(raised::add);
        due(facts, t, SignalKind.PLAN_REVIEW_DUE, "Treatment plan review", facts.planReviewDue(),
                Links.plan(facts.client())).ifPresent(raised::add);
        ClientFacts.Authorization auth = facts.authorization();
        if (auth != null) {
            due(facts, t, SignalKind.AUTHORIZATION_ENDING, "Authorization end", auth.end(),
                    Links.episodes(facts.client())).ifPresent(raised::add);
            unitsRunningOut(facts, t, auth).ifPresent(raised::add);
        }
        due(facts, t, SignalKind.PLANNED_END_NEAR, "Planned end of stay", facts.plannedEnd(),
                Links.episodes(facts.client())).ifPresent(raised::add);
        return raised;
    }

    static Optional<RaisedSignal> due(ClientFacts facts, SignalThresholds t, SignalKind kind, String what,
            @Nullable LocalDate on, String link) {
        if (on == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(facts.today(), on);
        if (days > t.dueWithinDays()) {
            return Optional.empty();
        }
        String when = days == 0 ? "today" : days > 0 ? "in " + days + (days == 1 ? " day" : " days")
                : "overdue by " + -days + (days == -1 ? " day" : " days");
        return Optional.of(new RaisedSignal(kind, "", new Evidence(what + " " + (days < 0 ? "was due " : "due ") + on
                + " (" + when + ").", List.of(new Evidence.Fact(what, on.toString(), on, link)))));
    }

    static Optional<RaisedSignal> unitsRunningOut(ClientFacts facts, SignalThresholds t,
            ClientFacts.Authorization auth) {
        if (auth.units() == null) {
            return Optional.empty();
        }
        int left = auth.units() - auth.unitsUsed();
        if (left > t.unitsLeftAtMost()) {
            return Optional.empty();
        }
        // The fingerprint is the authorization itself (units and dates), not the count used, which moves every day.
        return Optional.of(new RaisedSignal(SignalKind.UNITS_RUNNING_OUT, "", new Evidence(Math.max(left, 0)
                + " of " + auth.units() + " authorized units left (" + auth.unitsUsed() + " days attended).",
                List.of(new Evidence.Fact("Authorized units", auth.units() + (auth.start() == null ? ""
                        : " from " + auth.start() + " to " + auth.end()), auth.start(),
                        Links.episodes(facts.client()))))));
    }
}
