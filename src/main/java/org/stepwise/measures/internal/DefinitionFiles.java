package org.stepwise.measures.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.stepwise.measures.scoring.Instrument;
import org.stepwise.measures.scoring.InstrumentDefinition;
import org.stepwise.measures.scoring.InvalidDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one instrument definition file (JSON) and checks it. Strict: an unknown property (a typo) or a missing number
 * fails the file, naming it, rather than scoring with a silent default.
 */
public final class DefinitionFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DefinitionFiles() {}

    /**
     * Reads and checks a definition.
     *
     * @param source where it came from, for messages
     * @throws InvalidDefinition when the file cannot be read or describes an instrument that cannot be scored
     */
    public static Instrument read(InputStream in, String source) {
        InstrumentDefinition definition;
        try (in) {
            definition = MAPPER.readValue(in, InstrumentDefinition.class);
        } catch (JacksonException e) {
            throw new InvalidDefinition(source, java.util.List.of("not a readable definition: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        if (definition == null) {
            throw new InvalidDefinition(source, java.util.List.of("the file is empty"));
        }
        try {
            return Instrument.of(definition);
        } catch (InvalidDefinition e) {
            throw new InvalidDefinition(source, e.problems());
        }
    }
}
