package org.stepwise.audit;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: fails on a malformed file rather than guessing. */
final class Csv {

    private Csv() {}

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        boolean cellStarted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                    i++;
                    char after = i < text.length() ? text.charAt(i) : '\r';
                    if (after != ',' && after != '\r') {
                        throw new IllegalArgumentException("text after a closing quote at " + i);
                    }
                    continue;
                }
                cell.append(c);
                i++;
                continue;
            }
            if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
                i++;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("a bare CR at " + i);
                }
                record.add(cell.toString());
                records.add(record);
                record = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                i += 2;
            } else if (c == '\n' || c == '"') {
                throw new IllegalArgumentException("unquoted " + (c == '\n' ? "line break" : "quote") + " at " + i);
            } else {
                cell.append(c);
                cellStarted = true;
                i++;
            }
        }
        if (quoted || cellStarted || !record.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        return records;
    }
}
