package org.stepwise.measures.due;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** For whom a schedule is: code prefixes (F43.1 for PTSD) and category ranges (F10-F19 for substance use). */
class DiagnosisFilterTests {

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "'';             F32.1;         true",
        "F43.1;          F43.10;        true",
        "F43.1;          F43.12 F33.1;  true",
        "F43.1;          F43.2;         false",
        "F43.1;          F32.1;         false",
        "f43.1;          F43.10;        true",
        "F10-F19;        F10.20;        true",
        "F10-F19;        F19.90;        true",
        "F10-F19;        F11.20;        true",
        "F10-F19;        F20.9;         false",
        "F10-F19;        F09;           false",
        "F10-F19;        G10;           false",
        "F10\u2013F19;   F15.10;        true",
        "F43.1, F10-F19; F12.10;        true",
        "F43.1, F10-F19; F41.1;         false",
    })
    void matches(String filter, String diagnoses, boolean expected) {
        assertThat(DiagnosisFilter.parse(filter).matches(Arrays.asList(diagnoses.split(" ")))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"PTSD", "F1", "F19-F10", "F10-G19", "43.1", "<script>", "F10-"})
    void refusesWhatIsNeitherACodeStartNorARange(String text) {
        assertThatThrownBy(() -> DiagnosisFilter.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neither");
    }

    @Test
    void keepsEachEntryOnceInUpperCaseAndWritesItBack() {
        DiagnosisFilter filter = DiagnosisFilter.parse(" f43.1,F43.1 ; f10-f19 ");

        assertThat(filter.entries()).containsExactly("F43.1", "F10-F19");
        assertThat(filter.text()).isEqualTo("F43.1, F10-F19");
        assertThat(DiagnosisFilter.parse("  ").everyoneQualifies()).isTrue();
    }

    @Test
    void refusesAnOverlongList() {
        String many = String.join(",", java.util.Collections.nCopies(1, "")) + java.util.stream.IntStream.range(10, 40)
                .mapToObj(i -> "F" + i).reduce((a, b) -> a + "," + b).orElseThrow();
        assertThatThrownBy(() -> DiagnosisFilter.parse(many)).hasMessageContaining("at most");
    }
}
