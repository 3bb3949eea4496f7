package org.stepwise.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.audit.ClientLabels;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;

/**
 * The administrator's audit report: checks a filter, lists matching events newest first a page at a time, and
 * exports them as CSV. Days are whole days in the clinic's time zone (the application clock's zone, which is the
 * JVM default unless configured). Client labels and record numbers come from the client registry when it provides
 * {@link ClientLabels}; without it the report shows and accepts client ids.
 */
@Service
public class AuditReport {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    static final int EXPORT_BATCH_SIZE = 1_000;
    static final String ACTIONS = Arrays.stream(AuditAction.values()).map(Enum::name).collect(Collectors.joining(", "));

    private static final Map<String, String> LABELS = Map.of("username", "User", "clientId", "Client", "action",
            "Action", "from", "From", "to", "To");
    private static final int MAX_TEXT = 100;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String[] CSV_HEADER = {"seq", "occurred_at", "username", "role", "client_id", "client",
        "action", "subject", "detail", "remote_address"};

    private final AuditEvents events;
    private final AuditLog audit;
    private final ObjectProvider<ClientLabels> labels;
    private final Clock clock;

    AuditReport(AuditEvents events, AuditLog audit, ObjectProvider<ClientLabels> labels, Clock clock) {
        this.events = events;
        this.audit = audit;
        this.labels = labels;
        this.clock = clock;
    }

    /** A page of events and, when older ones remain, the {@code before} value that fetches the next page. */
    public record Page(List<AuditEventLine> events, @Nullable Long nextBefore) {}

    /** The clinic's time zone, in which the report's days begin and end and its times are shown. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Whether the client registry can resolve record numbers (otherwise the client filter takes ids only). */
    public boolean knowsRecordNumbers() {
        return labels.getIfUnique() != null;
    }

    /**
     * Checks a filter as typed.
     *
     * @throws InvalidRequestException naming each field that is wrong and how to put it right
     */
    public AuditCriteria criteria(AuditFilter filter) {
        Map<String, String> errors = new LinkedHashMap<>();
        String username = text(filter.username());
        if (username != null && username.length() > MAX_TEXT) {
            errors.put("username", "A user name has at most " + MAX_TEXT + " characters.");
            username = null;
        }
        ClientId client = client(text(filter.clientId()), errors);
        AuditAction action = action(text(filter.action()), errors);
        LocalDate from = date(text(filter.from()), "from", errors);
        LocalDate to = date(text(filter.to()), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "'To' must be on or after 'From'.");
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new AuditCriteria(username, client, action, from, to);
    }

    /** Checks the page size of an API call: 1 to {@value #MAX_PAGE_SIZE}, {@value #DEFAULT_PAGE_SIZE} when absent. */
    public static int limit(@Nullable String text) {
        String value = text(text);
        if (value == null) {
            return DEFAULT_PAGE_SIZE;
        }
        Long number = number(value);
        if (number == null || number < 1 || number > MAX_PAGE_SIZE) {
            throw InvalidRequestException.forField("limit",
                    "limit is how many events to return: a whole number from 1 to " + MAX_PAGE_SIZE + ".");
        }
        return number.intValue();
    }

    /** Checks a paging position: the seq of the oldest event already seen, or absent for the newest page. */
    public static @Nullable Long before(@Nullable String text) {
        String value = text(text);
        if (value == null) {
            return null;
        }
        Long number = number(value);
        if (number == null || number < 1) {
            throw InvalidRequestException.forField("before",
                    "before is the seq of the oldest event you already have: a whole number of 1 or more.");
        }
        return number;
    }

    public Page page(AuditCriteria criteria, int limit, @Nullable Long before) {
        List<AuditEvents.Row> rows = events.newestFirst(criteria, zone(), before, limit + 1);
        boolean more = rows.size() > limit;
        List<AuditEventLine> lines = lines(more ? rows.subList(0, limit) : rows);
        return new Page(lines, more ? lines.getLast().seq() : null);
    }

    /**
     * Writes every matching event as CSV, newest first, a batch at a time (never the whole set in memory), and
     * records the export first, so that an interrupted export is recorded too. The export's own audit row is not in
     * the file.
     *
     * @return how many events were written
     */
    public long exportCsv(AuditCriteria criteria, Writer out) throws IOException {
        long newest = events.newestSeq();
        audit.record(AuditAction.EXPORT, criteria.client(), "audit log export (CSV)", criteria.describe());
        out.write(CsvCells.line(CSV_HEADER));
        long written = 0;
        Long before = newest + 1;
        while (true) {
            List<AuditEvents.Row> rows = events.newestFirst(criteria, zone(), before, EXPORT_BATCH_SIZE);
            for (AuditEventLine line : lines(rows)) {
                out.write(CsvCells.line(Long.toString(line.seq()),
                        line.whenIso(), line.username(), line.role(),
                        line.client() == null ? null : line.client().toString(), line.clientLabel(), line.action(),
                        line.subject(), line.detail(), line.remoteAddress()));
                written++;
            }
            out.flush();
            if (rows.size() < EXPORT_BATCH_SIZE) {
                return written;
            }
            before = rows.getLast().seq();
        }
    }

    private List<AuditEventLine> lines(List<AuditEvents.Row> rows) {
        Set<ClientId> clients = new LinkedHashSet<>();
        rows.forEach(row -> {
            if (row.client() != null) {
                clients.add(row.client());
            }
        });
        ClientLabels registry = labels.getIfUnique();
        Map<ClientId, String> names = registry == null || clients.isEmpty() ? Map.of() : registry.labels(clients);
        ZoneId zone = zone();
        return rows.stream()
                .map(row -> new AuditEventLine(row.seq(), row.occurredAt().atZoneSameInstant(zone), row.username(),
                        row.role(), row.client(), row.client() == null ? null : names.get(row.client()), row.action(),
                        row.subject(), row.detail(), row.remoteAddress()))
                .toList();
    }

    private @Nullable ClientId client(@Nullable String text, Map<String, String> errors) {
        if (text == null) {
            return null;
        }
        if (text.length() <= MAX_TEXT) {
            Optional<UUID> uuid = uuid(text);
            if (uuid.isPresent()) {
                return new ClientId(uuid.get());
            }
            ClientLabels registry = labels.getIfUnique();
            if (registry != null) {
                Optional<ClientId> found = registry.byRecordNumber(text);
                if (found.isPresent()) {
                    return found.get();
                }
                errors.put("clientId", "No client has that record number. Enter a record number such as SW-001234 "
                        + "or a client id (a UUID).");
                return null;
            }
        }
        errors.put("clientId", knowsRecordNumbers()
                ? "Enter a record number such as SW-001234 or a client id (a UUID)."
                : "Enter the client's id: a UUID such as 3f2b8c1e-0a4d-4e57-9b1a-6c2d8e9f0a1b.");
        return null;
    }

    private static @Nullable AuditAction action(@Nullable String text, Map<String, String> errors) {
        if (text == null) {
            return null;
        }
        try {
            return AuditAction.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("action", "Unknown action. Choose one of: " + ACTIONS + ".");
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, Map<String, String> errors) {
        if (text == null) {
            return null;
        }
        try {
            if (!DAY.matcher(text).matches()) {
                throw new DateTimeParseException("not yyyy-mm-dd", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the date as yyyy-mm-dd, for example 2026-03-31.");
            return null;
        }
    }

    private static Optional<UUID> uuid(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static @Nullable Long number(String text) {
        if (text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(text);
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static InvalidRequestException invalid(Map<String, String> errors) {
        String summary = errors.entrySet().stream()
                .map(e -> LABELS.getOrDefault(e.getKey(), e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(" "));
        return new InvalidRequestException(summary, errors);
    }
}
