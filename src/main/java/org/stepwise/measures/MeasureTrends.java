package org.stepwise.measures;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.measures.internal.Administrations;
import org.stepwise.measures.internal.InstrumentCatalogue;
import org.stepwise.measures.scoring.Instrument;
import org.stepwise.measures.scoring.InstrumentDefinition;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/**
 * A client's scores over time per instrument, as shown to the signed-in user: after the care-team rule, audited.
 */
@Service
public class MeasureTrends {

    private final Administrations administrations;
    private final InstrumentCatalogue catalogue;
    private final ChartAccess chartAccess;
    private final AuditLog audit;

    MeasureTrends(Administrations administrations, InstrumentCatalogue catalogue, ChartAccess chartAccess,
            AuditLog audit) {
        this.administrations = administrations;
        this.catalogue = catalogue;
        this.chartAccess = chartAccess;
        this.audit = audit;
    }

    /**
     * One instrument's trend as shown to the signed-in user, after the care-team rule, with the view audited.
     *
     * @throws NotFoundException for an unknown client, an unknown instrument or one without a total
     */
    @Transactional
    public MeasureTrend view(ClientId client, String instrument) {
        chartAccess.require(client);
        MeasureTrend trend = MeasureTrend.of(followable(instrument), administrations.forClient(client));
        audit.record(AuditAction.VIEW, client, "measure trend " + trend.instrument(), trend.points().size()
                + " scores");
        return trend;
    }

    /** Every instrument with a total that the client has scores of, ordered by name; the view audited. */
    @Transactional
    public List<MeasureTrend> viewAll(ClientId client) {
        chartAccess.require(client);
        List<MeasureAdministration> all = administrations.forClient(client);
        List<MeasureTrend> trends = all.stream().map(MeasureAdministration::instrument).distinct()
                .map(catalogue::find).flatMap(java.util.Optional::stream).map(Instrument::definition)
                .filter(d -> d.scoring().hasTotal())
                .map(d -> MeasureTrend.of(d, all)).filter(t -> !t.points().isEmpty())
                .sorted(java.util.Comparator.comparing(MeasureTrend::name)).toList();
        audit.record(AuditAction.VIEW, client, "measure trends", trends.size() + " instruments");
        return trends;
    }

    private InstrumentDefinition followable(String instrument) {
        InstrumentDefinition definition = catalogue.require(instrument).definition();
        if (!definition.scoring().hasTotal()) {
            throw new NotFoundException(definition.name() + " has no total to follow over time.");
        }
        return definition;
    }
}
