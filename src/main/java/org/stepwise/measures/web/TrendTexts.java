package org.stepwise.measures.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.measures.MeasureTrend;
import org.stepwise.measures.ScoreChange;

/** The words for a trend: its change ("Reliable deterioration (+7)"), and the summary a screen reader hears. */
@Component
class TrendTexts {

    private final MessageSource messages;

    TrendTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** "Reliable deterioration (+7)", with response and remission after it when they hold; null without a change. */
    @Nullable String change(MeasureTrend.@Nullable Change change) {
        if (change == null) {
            return null;
        }
        ScoreChange judged = change.judged();
        if (judged == null) {
            return text("measures.trend.unjudged", change.signedPoints());
        }
        List<String> parts = new ArrayList<>();
        parts.add(text("measures.trend.change", reliability(judged.reliability()), change.signedPoints()));
        if (judged.response()) {
            parts.add(text("measures.trend.response"));
        }
        if (judged.remission()) {
            parts.add(text("measures.trend.remission"));
        }
        return String.join("; ", parts);
    }

    String reliability(ScoreChange.Reliability reliability) {
        return messages.getMessage("measures.trend.reliability." + reliability.name(), null, reliability.label(),
                LocaleContextHolder.getLocale());
    }

    /** What the chart shows, in a sentence: the aria-label of the SVG. */
    String summary(MeasureTrend trend) {
        List<MeasureTrend.Point> points = trend.points();
        if (points.isEmpty()) {
            return text("measures.trend.none");
        }
        MeasureTrend.Point first = points.getFirst();
        MeasureTrend.Point last = points.getLast();
        String sentence = points.size() == 1
                ? text("measures.trend.summaryOne", trend.name(), last.score(), band(last.band()), last.administeredOn())
                : text("measures.trend.summary", trend.name(), points.size(), first.score(), first.administeredOn(),
                        last.score(), band(last.band()), last.administeredOn());
        String change = change(trend.firstToLatest());
        return change == null ? sentence : sentence + " " + change + ".";
    }

    String band(@Nullable String band) {
        return band == null ? "—" : messages.getMessage("measures.band." + band, null, band,
                LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
