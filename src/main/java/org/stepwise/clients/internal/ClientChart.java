package org.stepwise.clients.internal;

import java.util.List;
import org.stepwise.clients.ChartDecision;

/** A client as opened by a person: the record, why they may see it, and the care team. */
public record ClientChart(Client client, ChartDecision access, List<CareTeamMember> careTeam) {}
