package org.stepwise.scheduling.optimizer.timefold;

import java.util.Set;
import java.util.UUID;
import org.stepwise.scheduling.optimizer.ClientWeek;

/** A client's target range in hundredths of an hour, with their continuity and preferences. */
public final class ClientFact {

    private final ClientWeek client;
    private final int minCentiHours;
    private final int maxCentiHours;

    public ClientFact(ClientWeek client) {
        this.client = client;
        this.minCentiHours = Hundredths.of(client.minHours());
        this.maxCentiHours = Hundredths.of(client.maxHours());
    }

    public ClientWeek client() {
        return client;
    }

    public UUID id() {
        return client.clientId();
    }

    public int minCentiHours() {
        return minCentiHours;
    }

    public int maxCentiHours() {
        return maxCentiHours;
    }

    public boolean satLastWeekIn(UUID seriesId) {
        return client.lastWeekSeries().contains(seriesId);
    }

    public boolean prefers(UUID staffId) {
        return client.preferredStaff().contains(staffId);
    }

    public Set<UUID> lastWeekSeries() {
        return client.lastWeekSeries();
    }

    @Override
    public String toString() {
        return "client " + client.clientId();
    }
}
