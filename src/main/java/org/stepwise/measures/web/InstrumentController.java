package org.stepwise.measures.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.measures.internal.InstrumentCatalogue;
import org.stepwise.measures.scoring.Instrument;
import org.stepwise.measures.scoring.InstrumentDefinition;
import org.stepwise.measures.scoring.Score;
import org.stepwise.measures.scoring.ScoreRequest;

/**
 * The instruments and their scoring, for kiosks and integrations. Scoring stores nothing and names no client, so any
 * signed-in user may call it (kiosks sign in with a service account).
 */
@RestController
class InstrumentController {

    private final InstrumentCatalogue catalogue;

    InstrumentController(InstrumentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    record InstrumentSummary(String code, String name, @Nullable String title, String version, int items,
            boolean textShipped) {}

    /** The body of a scoring call; answers stay untyped here so that each bad value is named by its item. */
    record ScoreBody(@Nullable List<@Nullable Object> answers, @Nullable String sex, @Nullable Boolean recentBehavior) {}

    @GetMapping("/api/v1/instruments")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    List<InstrumentSummary> list() {
        return catalogue.all().stream().map(Instrument::definition)
                .map(d -> new InstrumentSummary(d.code(), d.name(), d.title(), d.version(), d.itemCount(),
                        d.textShipped()))
                .toList();
    }

    @GetMapping("/api/v1/instruments/{code}")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    InstrumentDefinition definition(@PathVariable String code) {
        return catalogue.require(code).definition();
    }

    @PostMapping("/api/v1/instruments/{code}/score")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    Map<String, @Nullable Object> score(@PathVariable String code, @RequestBody ScoreBody body) {
        Score score = catalogue.require(code).score(new ScoreRequest(body.answers(), body.sex(), body.recentBehavior()));
        return ScoreJson.of(score);
    }

    /** The response shape shared with stored administrations: fixed fields first, instrument-specific ones after. */
    static final class ScoreJson {

        private ScoreJson() {}

        static Map<String, @Nullable Object> of(Score score) {
            Map<String, @Nullable Object> json = new LinkedHashMap<>();
            json.put("instrument", score.instrument());
            json.put("version", score.version());
            json.put("total", score.total());
            json.put("band", score.band());
            json.put("positive", score.positive());
            json.put("flags", score.flags());
            json.putAll(score.extra());
            return json;
        }
    }
}
