package org.stepwise.discharge.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.stepwise.discharge.SummaryFigures;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.measures.MeasureTrend;
import org.stepwise.measures.ScoreChange;

/**
 * Drafts a summary's figures from the chart's facts, as plain Java: the episode's dates, terms and discharge as they
 * are; attendance as hours and a whole percent; for each instrument scored during the episode (admission to discharge
 * day, both included) its first and last score and the change between them as {@link ScoreChange} judges it.
 */
public final class SummaryDrafter {

    private SummaryDrafter() {}

    public static SummaryFigures draft(ChartFacts facts) {
        EpisodeView episode = facts.episode();
        EpisodeView.Discharge discharge = Objects.requireNonNull(episode.discharge(),
                "A summary is drafted for a discharged episode");
        return new SummaryFigures(episode.programName(), episode.trackName(), episode.admittedOn(),
                discharge.dischargedOn(), Objects.requireNonNull(episode.lengthOfStayDays()), episode.diagnoses(),
                episode.levelOfCare(), discharge.levelAtDischarge(), discharge.type(), discharge.reason(),
                discharge.destination(), attendance(facts.hours().scheduled(), facts.hours().attended()),
                scores(facts.trends(), episode.admittedOn(), discharge.dischargedOn()),
                facts.objectives().stream().map(o -> new SummaryFigures.Objective(o.problem(), o.goal(), o.text(),
                        o.targetDate(), o.progress().label())).toList(),
                new SummaryFigures.Safety(facts.openSafetyAlerts(), facts.safetyPlanSignedOn(),
                        facts.safetyPlanVersion()),
                facts.medications());
    }

    /** Hours with two decimals; the percent attended of scheduled rounded half up, null when nothing was scheduled. */
    static SummaryFigures.Attendance attendance(BigDecimal scheduled, BigDecimal attended) {
        BigDecimal s = scheduled.setScale(2, RoundingMode.HALF_UP);
        BigDecimal a = attended.setScale(2, RoundingMode.HALF_UP);
        Integer percent = s.signum() <= 0 ? null
                : a.multiply(BigDecimal.valueOf(100)).divide(s, 0, RoundingMode.HALF_UP).intValueExact();
        return new SummaryFigures.Attendance(s, a, percent);
    }

    /** Each instrument with a score from {@code from} to {@code to}, in the trends' order (by name). */
    static List<SummaryFigures.Score> scores(List<MeasureTrend> trends, LocalDate from, LocalDate to) {
        List<SummaryFigures.Score> scores = new ArrayList<>();
        for (MeasureTrend trend : trends) {
            List<MeasureTrend.Point> during = trend.points().stream()
                    .filter(p -> !p.administeredOn().isBefore(from) && !p.administeredOn().isAfter(to)).toList();
            if (during.isEmpty()) {
                continue;
            }
            MeasureTrend.Point first = during.getFirst();
            MeasureTrend.Point last = during.getLast();
            ScoreChange judged = during.size() < 2 || trend.criteria() == null ? null
                    : ScoreChange.between(first.score(), last.score(), trend.criteria());
            scores.add(new SummaryFigures.Score(trend.instrument(), trend.name(), during.size(),
                    first.administeredOn(), first.score(), last.administeredOn(), last.score(),
                    last.score() - first.score(), judged == null ? null : judged.reliability().label(),
                    judged != null && judged.response(), judged != null && judged.remission()));
        }
        return scores;
    }
}
