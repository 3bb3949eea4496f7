package org.stepwise.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.stepwise.measures.scoring.Instrument;
import org.stepwise.measures.scoring.InstrumentDefinition;

/** Every band, flag and instrument-specific score a shipped definition can produce has a label in the bundle. */
class MessageKeysTests {

    @Test
    void everyBandFlagAndScoreNameHasALabel() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/measures.properties")) {
            bundle.load(in);
        }
        for (Instrument instrument : InstrumentCatalogue.classPathDefinitions().values()) {
            InstrumentDefinition d = instrument.definition();
            if (d.code().equals("phq2")) {
                continue; // the tests' own example of a clinic's addition
            }
            d.bands().forEach(b -> assertThat(bundle).as(d.code()).containsKey("measures.band." + b.name()));
            d.flags().forEach(f -> assertThat(bundle).as(d.code()).containsKey("measures.flag." + f.name()));
            d.scoring().subscales().forEach(s -> assertThat(bundle).containsKey("measures.score." + s.name()));
            d.scoring().derived().forEach(s -> assertThat(bundle).containsKey("measures.score." + s.name()));
        }
        assertThat(bundle).containsKeys("measures.flag.suicide-risk-moderate", "measures.flag.suicide-risk-high",
                "measures.score.dsmPattern", "measures.score.riskLevel");
    }
}
