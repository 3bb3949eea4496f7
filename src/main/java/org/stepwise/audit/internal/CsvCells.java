package org.stepwise.audit.internal;

import org.jspecify.annotations.Nullable;

/**
 * CSV lines as RFC 4180 writes them (comma-separated, CRLF, a cell with a comma, quote or line break in double
 * quotes, quotes doubled), made safe to open in a spreadsheet: a cell that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading single quote, so that it is shown as text and never run as a formula.
 */
final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {}

    static String line(@Nullable String... cells) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        return line.append("\r\n").toString();
    }

    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
