package org.stepwise.measures.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.stepwise.measures.MeasureDueLine;
import org.stepwise.measures.MeasureSchedule;
import org.stepwise.measures.due.MeasureDueRule;
import org.stepwise.shared.ClientId;

/**
 * Puts the rule to every schedule that applies to each client and makes one line per client and instrument (the
 * earliest due of its schedules: an admission PHQ-9 and a weekly PHQ-9 are one thing to do), oldest first.
 */
public final class DueLists {

    private DueLists() {}

    public static List<MeasureDueLine> lines(List<DueReader.EpisodeRow> episodes, List<MeasureSchedule> schedules,
            Map<ClientId, Map<String, List<LocalDate>>> given, LocalDate today, Function<String, String> names) {
        List<MeasureDueLine> lines = new ArrayList<>();
        for (DueReader.EpisodeRow e : episodes) {
            Map<String, MeasureDueLine> byInstrument = new LinkedHashMap<>();
            var dates = new MeasureDueRule.EpisodeDates(e.admittedOn(), e.plannedEnd(), e.endedOn());
            for (MeasureSchedule s : schedules) {
                if (!s.appliesTo(e.program(), e.track(), e.diagnoses())) {
                    continue;
                }
                List<LocalDate> days = given.getOrDefault(e.client(), Map.of()).getOrDefault(s.instrument(), List.of());
                MeasureDueRule.due(s.timing(), s.overdueAfterDays(), dates, today, days).ifPresent(due ->
                        byInstrument.merge(s.instrument(), new MeasureDueLine(e.client(), e.name(), e.recordNumber(),
                                s.instrument(), names.apply(s.instrument()), s.timing(), due.since(), due.daysDue(),
                                due.overdue(), due.lastGiven()), DueLists::earlier));
            }
            lines.addAll(byInstrument.values());
        }
        lines.sort(Comparator.comparing(MeasureDueLine::since).thenComparing(MeasureDueLine::clientName)
                .thenComparing(MeasureDueLine::instrument));
        return lines;
    }

    private static MeasureDueLine earlier(MeasureDueLine a, MeasureDueLine b) {
        MeasureDueLine first = b.since().isBefore(a.since()) ? b : a;
        boolean overdue = a.overdue() || b.overdue();
        return overdue == first.overdue() ? first : new MeasureDueLine(first.client(), first.clientName(),
                first.recordNumber(), first.instrument(), first.instrumentName(), first.timing(), first.since(),
                first.daysDue(), true, first.lastGiven());
    }
}
