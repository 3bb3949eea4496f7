package org.stepwise.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.measures.scoring.Instrument;
import org.stepwise.measures.scoring.InstrumentDefinition;
import org.stepwise.measures.scoring.InstrumentDefinition.Band;
import org.stepwise.measures.scoring.InvalidDefinition;
import org.stepwise.measures.scoring.ScoreRequest;

/**
 * Every shipped definition file loads and is sound, read straight from {@code src/main/resources/instruments}; and a
 * clinic adds (or completes) an instrument by adding a file.
 */
class ShippedDefinitionsTests {

    private static final Path SHIPPED_DIR = Path.of("src/main/resources/instruments");
    private static final Set<String> SHIPPED = Set.of("phq9", "gad7", "pcl5", "audit", "auditc", "dast10", "cssrs",
            "who5", "bam");
    private static final Set<String> TEXT_SHIPPED = Set.of("phq9", "gad7", "audit");

    private static List<Path> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED_DIR)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Instrument read(Path file) throws IOException {
        return DefinitionFiles.read(Files.newInputStream(file), file.toString());
    }

    @Test
    void theNineInstrumentsAreShippedOneFileEach() throws IOException {
        assertThat(shippedFiles()).extracting(f -> f.getFileName().toString().replace(".json", ""))
                .containsExactlyInAnyOrderElementsOf(SHIPPED);
    }

    @TestFactory
    Stream<DynamicTest> everyShippedFileLoadsAndItsRangeBandsCoverEveryTotalExactlyOnce() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : shippedFiles()) {
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                InstrumentDefinition d = read(file).definition();
                List<Band> ranges = d.bands().stream().filter(b -> b.min() != null).toList();
                if (ranges.isEmpty()) {
                    return;
                }
                for (int total = d.scoring().min(); total <= d.scoring().max(); total++) {
                    int t = total;
                    assertThat(ranges.stream().filter(b -> b.min() <= t && t <= b.max()).count())
                            .as(d.code() + " total " + total + " falls in exactly one band").isEqualTo(1);
                }
                assertThat(ranges.stream().mapToInt(Band::min).min().orElseThrow()).isEqualTo(d.scoring().min());
                assertThat(ranges.stream().mapToInt(Band::max).max().orElseThrow()).isEqualTo(d.scoring().max());
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> itemTextIsShippedOnlyForPhq9Gad7AndAudit() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : shippedFiles()) {
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                InstrumentDefinition d = read(file).definition();
                boolean shipped = TEXT_SHIPPED.contains(d.code());
                assertThat(d.textShipped()).isEqualTo(shipped);
                assertThat(d.items()).allSatisfy(item -> {
                    if (shipped) {
                        assertThat(item.text()).isNotBlank();
                    } else {
                        assertThat(item.text()).isNull();
                    }
                });
                if (!shipped) {
                    assertThat(d.instructions()).isNull();
                    assertThat(d.answerSets().values()).allSatisfy(options -> assertThat(options)
                            .allSatisfy(o -> assertThat(o.label()).isIn(null, "Yes", "No")));
                    assertThat(d.licence()).contains("not shipped");
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void loincCodesAreTheConfirmedOnes() throws IOException {
        Map<String, InstrumentDefinition.Loinc> loinc = new java.util.HashMap<>();
        for (Path file : shippedFiles()) {
            InstrumentDefinition d = read(file).definition();
            loinc.put(d.code(), d.loinc());
        }
        assertThat(loinc.get("phq9")).extracting("panel", "total").containsExactly("44249-1", "44261-6");
        assertThat(loinc.get("gad7")).extracting("panel", "total").containsExactly("69737-5", "70274-6");
        assertThat(loinc.get("auditc").total()).isEqualTo("75626-2");
        assertThat(loinc.get("dast10").total()).isEqualTo("82667-7");
        assertThat(loinc.get("cssrs").riskLevel()).isEqualTo("93374-7");
        for (String unconfirmed : List.of("pcl5", "audit", "who5", "bam")) {
            assertThat(loinc.get(unconfirmed).total()).as(unconfirmed).isNull();
            assertThat(loinc.get(unconfirmed).note()).as(unconfirmed).containsIgnoringCase("not confirmed");
        }
    }

    @Test
    void theClassPathHoldsTheShippedInstrumentsAndTheTestsOwnAddition() {
        assertThat(InstrumentCatalogue.classPathDefinitions().keySet())
                .containsAll(SHIPPED)
                .contains("phq2");
    }

    @Test
    void aClinicAddsAnInstrumentByPuttingAFileInItsDefinitionsDirectory(@TempDir Path dir) throws IOException {
        try (InputStream phq2 = getClass().getResourceAsStream("/instruments/phq2.json")) {
            String text = new String(phq2.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\"phq2\"", "\"clinic-phq2\"");
            Files.writeString(dir.resolve("clinic-phq2.json"), text);
        }

        InstrumentCatalogue catalogue = new InstrumentCatalogue(dir.toString());

        Instrument added = catalogue.require("clinic-phq2");
        assertThat(added.score(ScoreRequest.of(2, 1)).band()).isEqualTo("positive");
        assertThat(catalogue.require("phq9").definition().itemCount()).isEqualTo(9);
    }

    @Test
    void aFileInTheDefinitionsDirectoryReplacesTheShippedOneWithTheSameCode(@TempDir Path dir) throws IOException {
        String pcl5 = Files.readString(SHIPPED_DIR.resolve("pcl5.json")).replace("\"version\": \"1\"",
                "\"version\": \"clinic-2\"");
        Files.writeString(dir.resolve("pcl5.json"), pcl5);

        assertThat(new InstrumentCatalogue(dir.toString()).require("pcl5").definition().version()).isEqualTo("clinic-2");
    }

    @Test
    void aBrokenFileStopsStartUpNamingTheFileAndEveryProblem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.json"), """
                {"code": "broken", "name": "Broken", "version": "1", "licence": "ours", "textShipped": false,
                 "answerSets": {"f": [{"value": 0, "label": null}, {"value": 1, "label": null}]},
                 "items": [{"number": 1, "text": null, "answers": "f", "scored": true}],
                 "scoring": {"total": "sum", "min": 0, "max": 1},
                 "bands": [{"name": "low", "min": 0, "max": 0}, {"name": "high", "min": 2, "max": 2}]}""");

        assertThatThrownBy(() -> new InstrumentCatalogue(dir.toString()))
                .isInstanceOf(InvalidDefinition.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("(a gap)")
                .hasMessageContaining("the last band ends at 2 but the total reaches 1");
    }

    @Test
    void aTypoInAPropertyNameIsRefusedRatherThanIgnored(@TempDir Path dir) throws IOException {
        String typo = Files.readString(SHIPPED_DIR.resolve("phq9.json")).replace("\"reversed\"", "\"reverse\"");
        Files.writeString(dir.resolve("phq9.json"), typo);

        assertThatThrownBy(() -> new InstrumentCatalogue(dir.toString()))
                .isInstanceOf(InvalidDefinition.class)
                .hasMessageContaining("phq9.json")
                .hasMessageContaining("reverse");
    }

    @Test
    void aFileMustBeNamedAfterItsCode(@TempDir Path dir) throws IOException {
        Files.copy(SHIPPED_DIR.resolve("gad7.json"), dir.resolve("anxiety.json"));

        assertThatThrownBy(() -> new InstrumentCatalogue(dir.toString()))
                .hasMessageContaining("must be named gad7.json");
    }

    @Test
    void anUnknownCodeIsNotFoundAndTheMessageListsTheKnownCodes() {
        InstrumentCatalogue catalogue = new InstrumentCatalogue("");

        assertThatThrownBy(() -> catalogue.require("phq10"))
                .isInstanceOf(org.stepwise.shared.NotFoundException.class)
                .hasMessageContaining("phq10")
                .hasMessageContaining("audit, auditc, bam, cssrs, dast10, gad7");
    }
}
