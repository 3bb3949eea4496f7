package org.stepwise.signals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.episodes.LengthOfStay;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.signals.internal.SignalStore;

/**
 * Level-of-care signals as people see them and act on them. A client's signals follow the chart-access rule; the
 * program's open signals are for program oversight (every client) and care-team members (their clients). Every view
 * and every action is audited.
 */
@Service
public class LevelOfCareSignals {

    /** How many closed signals a client's chart shows under the open ones. */
    public static final int CLOSED_SHOWN = 20;
    /** One page of the open-signals list. */
    public static final int PAGE_SIZE = 25;

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private final SignalStore store;
    private final ChartAccess chartAccess;
    private final LengthOfStay lengthOfStay;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    LevelOfCareSignals(SignalStore store, ChartAccess chartAccess, LengthOfStay lengthOfStay, AuditLog audit,
            CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.chartAccess = chartAccess;
        this.lengthOfStay = lengthOfStay;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The client's open signals (oldest first) and the latest closed ones with what was done; audited as a view. */
    @Transactional
    public List<LevelOfCareSignal> viewForClient(ClientId client) {
        chartAccess.require(client);
        List<LevelOfCareSignal> signals = store.forClient(client, CLOSED_SHOWN);
        audit.record(AuditAction.VIEW, client, "level-of-care signals",
                signals.stream().filter(LevelOfCareSignal::isOpen).count() + " open");
        return signals;
    }

    /** One signal; audited as a view. */
    @Transactional
    public LevelOfCareSignal view(UUID id) {
        LevelOfCareSignal signal = store.find(id).orElseThrow(() -> notFound(id));
        chartAccess.require(signal.client());
        audit.record(AuditAction.VIEW, signal.client(), "level-of-care signal", id.toString());
        return signal;
    }

    /** A page of open signals and how many there are in all. */
    public record Page(List<OpenSignal> signals, long total, int page, int pageSize) {

        public Page {
            signals = List.copyOf(signals);
        }

        public boolean hasNext() {
            return (long) (page + 1) * pageSize < total;
        }
    }

    /**
     * The open signals the signed-in user answers for, newest first, a page at a time: every client's for program
     * oversight, their care team's clients' for care-team bound roles, none for anyone else. One audit row per client
     * shown.
     */
    @Transactional
    public Page openForMe(@Nullable SignalDirection direction, int page) {
        StepwiseUser user = currentUser.require();
        int p = Math.max(0, page);
        Page result;
        if (user.can(Permission.PROGRAM_OVERSIGHT)) {
            result = new Page(store.open(direction, null, PAGE_SIZE, p * PAGE_SIZE), store.countOpen(direction, null),
                    p, PAGE_SIZE);
        } else if (user.role().isCareTeamBound() && user.can(Permission.CLINICAL_READ)) {
            result = new Page(store.open(direction, user.staffId(), PAGE_SIZE, p * PAGE_SIZE),
                    store.countOpen(direction, user.staffId()), p, PAGE_SIZE);
        } else {
            result = new Page(List.of(), 0, p, PAGE_SIZE);
        }
        new LinkedHashSet<>(result.signals().stream().map(s -> s.signal().client()).toList())
                .forEach(client -> audit.record(AuditAction.VIEW, client, "level-of-care signals", "open signals list"));
        return result;
    }

    /** How many open signals {@link #openForMe} would list (for the Today page); reads no client data. */
    @Transactional(readOnly = true)
    public long countOpenFor(StepwiseUser user) {
        if (user.can(Permission.PROGRAM_OVERSIGHT)) {
            return store.countOpen(null, null);
        }
        if (user.role().isCareTeamBound() && user.can(Permission.CLINICAL_READ)) {
            return store.countOpen(null, user.staffId());
        }
        return 0;
    }

    /**
     * What a person decided about a signal. Sending the same decision again (a double click, a retried request)
     * changes nothing and returns the signal as it stands.
     *
     * @param version the version of the signal the person read
     * @param targetDate for {@link SignalActionKind#PLAN_STEP_DOWN}: when the step-down is planned
     * @param extendDays for {@link SignalActionKind#EXTEND_STAY}: the days added to the planned stay (the episode's
     *     length of stay changes in the same transaction)
     * @throws NotFoundException no such signal
     * @throws InvalidRequestException naming each field to fix
     * @throws ConflictException acted on already, resolved, or changed since {@code version}
     */
    @Transactional
    public LevelOfCareSignal act(UUID id, @Nullable Integer version, @Nullable SignalActionKind action,
            @Nullable String reason, @Nullable LocalDate targetDate, @Nullable Integer extendDays) {
        LevelOfCareSignal signal = store.find(id).orElseThrow(() -> notFound(id));
        chartAccess.require(signal.client());
        StepwiseUser user = currentUser.require();
        String text = reason == null ? "" : reason.strip();
        LevelOfCareSignal.Action done = signal.action();
        if (done != null && done.kind() == action && done.by().equals(user.username()) && done.reason().equals(text)) {
            return signal;
        }
        Map<String, String> problems = problems(action, reason, targetDate, extendDays, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join(" ", problems.values()), problems);
        }
        if (!signal.isOpen()) {
            throw new ConflictException("This signal is " + signal.status().name().toLowerCase(java.util.Locale.ROOT)
                    + (done == null ? "" : " (" + done.kind().code() + " by " + done.by() + " at " + done.at() + ")")
                    + "; nothing was changed.");
        }
        if (version == null) {
            throw InvalidRequestException.forField("version", "Send the version of the signal you read.");
        }
        if (version != signal.version()) {
            throw new ConflictException("This signal changed after you opened it (new evidence, version "
                    + signal.version() + "). Look at it again; nothing was saved.");
        }
        SignalActionKind kind = Objects.requireNonNull(action);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!store.close(id, version, kind, text, kind == SignalActionKind.PLAN_STEP_DOWN ? targetDate : null,
                kind == SignalActionKind.EXTEND_STAY ? extendDays : null, user.username(), user.staffId(), now)) {
            throw new ConflictException("Someone else acted on this signal at the same moment. Look at it again; "
                    + "nothing was saved.");
        }
        if (kind == SignalActionKind.EXTEND_STAY) {
            try {
                String why = "From a level-of-care signal: " + text;
                lengthOfStay.change(signal.episode(), null, extendDays,
                        why.length() > 500 ? why.substring(0, 497) + "..." : why);
            } catch (InvalidRequestException refused) { // the stay cannot take these days: say so beside the field
                String message = refused.fieldErrors().getOrDefault("days", refused.getMessage());
                throw new InvalidRequestException(message, Map.of("extendDays", String.valueOf(message)));
            }
        }
        audit.record(AuditAction.UPDATE, signal.client(), "level-of-care signal",
                kind.code() + " " + id + " (" + signal.kind() + "): " + text);
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /** What is wrong with an action, keyed by field ({@code action}, {@code reason}, {@code targetDate}, {@code extendDays}). */
    public static Map<String, String> problems(@Nullable SignalActionKind action, @Nullable String reason,
            @Nullable LocalDate targetDate, @Nullable Integer extendDays, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (action == null) {
            problems.put("action", "Choose what to do: one of " + SignalActionKind.codes() + ".");
        }
        String text = reason == null ? "" : reason.strip();
        int length = text.codePointCount(0, text.length());
        if (length < 3) {
            problems.put("reason", "Give the reason (3 to 1000 characters).");
        } else if (length > 1000) {
            problems.put("reason", "The reason is " + length + " characters long; the limit is 1000.");
        } else if (TAG.matcher(text).find() || CONTROL.matcher(text).find()) {
            problems.put("reason", "Write the reason as plain text, without anything that looks like an HTML tag.");
        }
        if (action == SignalActionKind.PLAN_STEP_DOWN) {
            if (targetDate == null) {
                problems.put("targetDate", "Give the date the step-down is planned for (yyyy-mm-dd).");
            } else if (targetDate.isBefore(today)) {
                problems.put("targetDate", "The step-down date " + targetDate + " is in the past.");
            } else if (targetDate.isAfter(today.plusYears(1))) {
                problems.put("targetDate", "Plan the step-down within a year.");
            }
        }
        if (action == SignalActionKind.EXTEND_STAY && (extendDays == null || extendDays < 1
                || extendDays > LengthOfStay.MAX_CHANGE_DAYS)) {
            problems.put("extendDays", "Give the days to add to the stay (1 to " + LengthOfStay.MAX_CHANGE_DAYS + ").");
        }
        return problems;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("There is no level-of-care signal " + id + ".");
    }
}
