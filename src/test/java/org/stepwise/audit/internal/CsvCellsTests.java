package org.stepwise.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTests {

    @Test
    void plainCellsAreWrittenAsTheyAre() {
        assertThat(CsvCells.line("1", "clinician", "VIEW", null, "")).isEqualTo("1,clinician,VIEW,,\r\n");
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCells.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+1|'=1+1",
        "+41 79|'+41 79",
        "-2|'-2",
        "@SUM(A1)|'@SUM(A1)",
        "a=b|a=b"})
    void cellsThatASpreadsheetWouldRunAsAFormulaStartWithAQuote(String value, String written) {
        assertThat(CsvCells.cell(value)).isEqualTo(written);
    }

    @Test
    void aFormulaWithACommaIsBothDefusedAndQuoted() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvCells.cell("\tcmd")).isEqualTo("'\tcmd");
    }
}
