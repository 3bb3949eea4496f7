package org.stepwise.signals.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Every level-of-care rule over one client's facts: the signals that hold today, each with its evidence. A signal not
 * in the answer no longer holds.
 */
public final class SignalRules {

    private SignalRules() {}

    public static List<RaisedSignal> evaluate(ClientFacts facts, SignalThresholds thresholds) {
        List<RaisedSignal> raised = new ArrayList<>();
        raised.addAll(ScoreRules.evaluate(facts, thresholds));
        raised.addAll(EngagementRules.evaluate(facts, thresholds));
        raised.addAll(DueRules.evaluate(facts, thresholds));
        return raised;
    }
}
