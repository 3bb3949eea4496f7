package org.stepwise.measures.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.measures.ChangeCriteria;
import org.stepwise.measures.MeasureTrend;
import org.stepwise.measures.MeasureTrends;
import org.stepwise.measures.ScoreChange;
import org.stepwise.shared.ClientId;

/** {@code GET /api/v1/clients/{id}/measures/{instrument}/trend}: the scores over time and their change (audited). */
@RestController
class TrendApi {

    private final MeasureTrends trends;
    private final TrendTexts texts;

    TrendApi(MeasureTrends trends, TrendTexts texts) {
        this.trends = trends;
        this.texts = texts;
    }

    @GetMapping("/api/v1/clients/{clientId}/measures/{instrument}/trend")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    Map<String, @Nullable Object> trend(@PathVariable UUID clientId, @PathVariable String instrument) {
        MeasureTrend t = trends.view(new ClientId(clientId), instrument);
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("clientId", clientId.toString());
        json.put("instrument", t.instrument());
        json.put("name", t.name());
        json.put("min", t.min());
        json.put("max", t.max());
        json.put("higherIsWorse", t.higherIsWorse());
        json.put("bands", t.bands().stream().map(b -> Map.of("name", b.name(), "min", b.min(), "max", b.max()))
                .toList());
        json.put("points", t.points().stream().map(TrendApi::point).toList());
        json.put("criteria", criteria(t.criteria()));
        Map<String, @Nullable Object> change = new LinkedHashMap<>();
        change.put("firstToLatest", change(t.firstToLatest()));
        change.put("previousToLatest", change(t.previousToLatest()));
        json.put("change", change);
        return json;
    }

    private static Map<String, @Nullable Object> point(MeasureTrend.Point p) {
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("date", p.administeredOn().toString());
        json.put("score", p.score());
        json.put("band", p.band());
        json.put("administrationId", p.administration().toString());
        return json;
    }

    private static @Nullable Map<String, @Nullable Object> criteria(@Nullable ChangeCriteria c) {
        if (c == null) {
            return null;
        }
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("fixedThreshold", c.fixedThreshold());
        json.put("baselineSd", c.baselineSd());
        json.put("reliability", c.reliability());
        json.put("remissionBelow", c.remissionBelow());
        json.put("remissionEligibleAbove", c.remissionEligibleAbove());
        return json;
    }

    private @Nullable Map<String, @Nullable Object> change(MeasureTrend.@Nullable Change c) {
        if (c == null) {
            return null;
        }
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("from", Map.of("date", c.fromDate().toString(), "score", c.from()));
        json.put("to", Map.of("date", c.toDate().toString(), "score", c.to()));
        json.put("points", c.points());
        ScoreChange judged = c.judged();
        json.put("reliability", judged == null ? null : judged.reliability().name());
        json.put("reliableChangeIndex", judged == null ? null : judged.reliableChangeIndex());
        json.put("response", judged == null ? null : judged.response());
        json.put("remission", judged == null ? null : judged.remission());
        json.put("label", texts.change(c));
        return json;
    }

}
