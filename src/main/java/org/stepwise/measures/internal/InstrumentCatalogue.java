package org.stepwise.measures.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.stepwise.measures.scoring.Instrument;
import org.stepwise.measures.scoring.InvalidDefinition;
import org.stepwise.shared.NotFoundException;

/**
 * Every instrument the clinic can use: the definitions shipped under {@code instruments/} on the class path, plus any
 * in the directory {@code stepwise.measures.definitions-dir} (a clinic's own or licensed instruments; a file there with
 * the code of a shipped one replaces it, e.g. to complete its text). A file that cannot be used stops the application
 * at start-up with every problem named, rather than leaving an instrument silently missing.
 */
@Component
public class InstrumentCatalogue {

    private static final Logger log = LoggerFactory.getLogger(InstrumentCatalogue.class);

    private final Map<String, Instrument> byCode;

    InstrumentCatalogue(@Value("${stepwise.measures.definitions-dir:}") String definitionsDir) {
        Map<String, Instrument> all = new TreeMap<>(classPathDefinitions());
        if (!definitionsDir.isBlank()) {
            directoryDefinitions(Path.of(definitionsDir)).forEach((code, instrument) -> {
                if (all.put(code, instrument) != null) {
                    log.info("Instrument {} from {} replaces the shipped definition", code, definitionsDir);
                }
            });
        }
        this.byCode = Map.copyOf(all);
        log.info("Instruments available: {}", String.join(", ", new TreeMap<>(byCode).keySet()));
    }

    /** All instruments, ordered by code. */
    public List<Instrument> all() {
        return new TreeMap<>(byCode).values().stream().toList();
    }

    public Optional<Instrument> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The instrument with this code, or a 404 that lists the codes there are. */
    public Instrument require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("There is no instrument \"" + clip(code)
                + "\". Known codes: " + String.join(", ", new TreeMap<>(byCode).keySet()) + "."));
    }

    static Map<String, Instrument> classPathDefinitions() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:instruments/*.json");
            Map<String, Instrument> found = new HashMap<>();
            for (Resource resource : resources) {
                String source = String.valueOf(resource.getURL());
                add(found, DefinitionFiles.read(resource.getInputStream(), source), source,
                        String.valueOf(resource.getFilename()));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the instrument definitions", e);
        }
    }

    static Map<String, Instrument> directoryDefinitions(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("stepwise.measures.definitions-dir is " + directory + ", which is not a "
                    + "directory");
        }
        Map<String, Instrument> found = new HashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                add(found, DefinitionFiles.read(Files.newInputStream(file), file.toString()), file.toString(),
                        file.getFileName().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the instrument definitions in " + directory, e);
        }
        return found;
    }

    private static void add(Map<String, Instrument> found, Instrument instrument, String source, String fileName) {
        if (!fileName.equals(instrument.code() + ".json")) {
            throw new InvalidDefinition(source, List.of("the file of instrument " + instrument.code() + " must be named "
                    + instrument.code() + ".json"));
        }
        if (found.put(instrument.code(), instrument) != null) {
            throw new InvalidDefinition(source, List.of("instrument " + instrument.code() + " is defined twice"));
        }
    }

    Collection<String> codes() {
        return byCode.keySet();
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
