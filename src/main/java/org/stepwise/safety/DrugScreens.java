package org.stepwise.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.safety.internal.ClientEpisodes;
import org.stepwise.safety.internal.DrugScreenStore;
import org.stepwise.safety.internal.ScreenWeeks;
import org.stepwise.safety.rules.ScreenInterpretation;
import org.stepwise.safety.rules.ScreenInterpretation.Result;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;

/**
 * Drug screens for clients of substance use and co-occurring programs (or with an F10 to F19 diagnosis): each
 * client's screens and prescriptions, recording a screen (which publishes {@link DrugScreenResulted} in the same
 * transaction), and the screens due today. Every read and write checks chart access and is audited.
 */
@Service
public class DrugScreens {

    /** How many screens the chart lists. */
    public static final int SHOWN = 20;

    private static final Pattern PLAIN = Pattern.compile("[^<>\\p{Cntrl}]{1,120}");

    private final DrugScreenStore store;
    private final ClientEpisodes episodes;
    private final ScreenWeeks weeks;
    private final ClientRegistry registry;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DrugScreens(DrugScreenStore store, ClientEpisodes episodes, ScreenWeeks weeks, ClientRegistry registry,
            ChartAccess chartAccess, AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.episodes = episodes;
        this.weeks = weeks;
        this.registry = registry;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The client's screening as the chart shows it; audited as a view. */
    @Transactional
    public ClientScreens view(ClientId client) {
        chartAccess.require(client);
        Optional<ClientEpisodes.Episode> episode = episodes.of(client);
        DrugScreenStore.Setting setting = store.setting(episode.map(ClientEpisodes.Episode::program)
                .orElse(new org.stepwise.shared.ProgramId(new UUID(0, 0))));
        boolean screened = episode.map(ClientEpisodes.Episode::part2).orElse(false);
        ClientEpisodes.Episode current = episode.filter(e -> e.status().equals("ADMITTED")).orElse(null);
        List<Prescription> prescribed = current == null ? List.of() : store.activePrescriptions(current.id());
        List<DrugScreen> screens = store.forClient(client, SHOWN);
        java.util.OptionalLong since = ScreenInterpretation.daysSinceLastUnexpectedPositive(
                store.lastUnexpectedPositive(client).map(day -> List.of(new ScreenInterpretation.Collected(day, true)))
                        .orElse(List.of()), today());
        Long days = since.isPresent() ? since.getAsLong() : null;
        boolean due = current != null && screened && weeks.dueToday(current.id(), client, current.admittedOn(),
                setting.perFourWeeks());
        audit.record(AuditAction.VIEW, client, "drug screens", screens.size() + " screen(s)"
                + (days == null ? "" : ", " + days + " day(s) since an unexpected positive"));
        return new ClientScreens(client, current == null ? null : current.id(), screened, setting.panel(), prescribed,
                screens, days, due, setting.perFourWeeks());
    }

    /**
     * Records a screen and its results, read against the prescriptions of the day. Sending the same screen (same id)
     * again changes nothing.
     *
     * @throws InvalidRequestException naming each field to fix
     * @throws ConflictException when the client is not in treatment in a program that screens, or the id names
     *     another client's screen
     */
    @Transactional
    public DrugScreen record(ClientId client, NewDrugScreen submitted) {
        chartAccess.require(client);
        StepwiseUser user = currentUser.require();
        ClientEpisodes.Episode episode = screenedEpisode(client);
        if (submitted.id() != null) {
            Optional<ClientId> owner = store.clientOfScreen(submitted.id());
            if (owner.isPresent()) {
                if (!owner.get().equals(client)) {
                    throw new ConflictException("This screen id belongs to another client's screen; nothing was saved.");
                }
                return store.forClient(client, Integer.MAX_VALUE).stream()
                        .filter(s -> s.id().equals(submitted.id())).findFirst().orElseThrow();
            }
        }
        DrugScreenStore.Setting setting = store.setting(episode.program());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate collectedOn = collectedOn(submitted.collectedOn(), episode, errors);
        if (submitted.observed() == null) {
            errors.put("observed", "Say whether the collection was observed.");
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (String substance : setting.panel().substances()) {
            String typed = submitted.results().get(substance);
            Optional<Result> result = parseResult(typed);
            if (result.isEmpty()) {
                errors.put("result." + substance, "Choose the result for " + substance
                        + ": NEGATIVE, POSITIVE, INVALID or DILUTE.");
            } else {
                results.put(substance, result.get());
            }
        }
        submitted.results().keySet().stream().filter(s -> !setting.panel().substances().contains(s)).findFirst()
                .ifPresent(s -> errors.put("results", "The " + setting.panel().name() + " panel does not test for "
                        + clip(s) + "."));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join(" ", errors.values()), errors);
        }
        Set<String> prescribed = new HashSet<>();
        store.activePrescriptions(episode.id()).forEach(p -> prescribed.add(p.substance()));
        ScreenInterpretation.Interpreted read = ScreenInterpretation.of(results, prescribed);
        List<DrugScreen.SubstanceResult> rows = new ArrayList<>();
        results.forEach((substance, result) -> rows.add(new DrugScreen.SubstanceResult(substance, result,
                read.readings().get(substance))));
        UUID id = submitted.id() == null ? UUID.randomUUID() : submitted.id();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.insert(id, client, episode.id(), setting.panel().id(), java.util.Objects.requireNonNull(collectedOn),
                java.util.Objects.requireNonNull(submitted.observed()), rows, user.staffId(), now);
        audit.record(AuditAction.CREATE, client, "drug screen", setting.panel().name() + " collected " + collectedOn
                + (submitted.observed() ? ", observed" : ", not observed") + "; unexpected positives: "
                + (read.unexpectedPositives().isEmpty() ? "none" : String.join(", ", read.unexpectedPositives()))
                + "; expected: " + (read.expectedPositives().isEmpty() ? "none"
                        : String.join(", ", read.expectedPositives())));
        events.publishEvent(new DrugScreenResulted(id, client, episode.id(), collectedOn, submitted.observed(),
                read.unexpectedPositives(), read.expectedPositives(), now));
        return store.forClient(client, Integer.MAX_VALUE).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow();
    }

    /**
     * Adds a substance the client is prescribed to their current episode's list; adding one already listed changes
     * nothing.
     *
     * @param substance a substance some panel tests for ({@code buprenorphine})
     * @param medication what is prescribed, as written (1 to 120 characters of plain text)
     */
    @Transactional
    public List<Prescription> prescribe(ClientId client, @Nullable String substance, @Nullable String medication) {
        chartAccess.require(client);
        StepwiseUser user = currentUser.require();
        ClientEpisodes.Episode episode = screenedEpisode(client);
        Map<String, String> errors = new LinkedHashMap<>();
        String code = substance == null ? "" : substance.strip().toLowerCase(Locale.ROOT);
        Set<String> known = new HashSet<>();
        store.panels().forEach(p -> known.addAll(p.substances()));
        if (!known.contains(code)) {
            errors.put("substance", "Choose a substance that a panel tests for: " + String.join(", ",
                    known.stream().sorted().toList()) + ".");
        }
        String written = medication == null ? "" : medication.strip();
        if (!PLAIN.matcher(written).matches()) {
            errors.put("medication", "Write the medication as prescribed, 1 to 120 characters of plain text.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join(" ", errors.values()), errors);
        }
        if (store.prescribe(episode.id(), code, written, user.staffId(), clock.instant())) {
            audit.record(AuditAction.UPDATE, client, "prescribed substances", "added " + code + " (" + written + ")");
        }
        return store.activePrescriptions(episode.id());
    }

    /** Takes a substance off the current episode's list (stopped); stopping it again changes nothing. */
    @Transactional
    public List<Prescription> stopPrescription(ClientId client, UUID prescription) {
        chartAccess.require(client);
        StepwiseUser user = currentUser.require();
        ClientEpisodes.Episode episode = screenedEpisode(client);
        if (store.stop(episode.id(), prescription, user.staffId(), clock.instant())) {
            audit.record(AuditAction.UPDATE, client, "prescribed substances", "stopped " + prescription);
        }
        return store.activePrescriptions(episode.id());
    }

    /**
     * The screens due today and not yet collected, for the signed-in user: every screened client for program
     * oversight, those of their care team for care-team bound roles, none for anyone else. One audit row per client.
     */
    @Transactional
    public List<ScreenDue> dueToday() {
        StepwiseUser user = currentUser.require();
        List<ScreenDue> due = new ArrayList<>();
        List<DrugScreenStore.Screened> screened = weeks.dueToday(screenedFor(user));
        var names = registry.findAll(screened.stream().map(DrugScreenStore.Screened::client).toList());
        for (DrugScreenStore.Screened s : screened) {
            var summary = names.get(s.client());
            if (summary != null) {
                due.add(new ScreenDue(s.client(), summary.displayName(), summary.recordNumber(), s.programName(),
                        today()));
            }
        }
        due.forEach(d -> audit.record(AuditAction.VIEW, d.client(), "drug screens", "due today"));
        return due;
    }

    /** How many screens are due today for the user (the Today card); not audited: it shows no client. */
    @Transactional
    public long countDueToday(StepwiseUser user) {
        return weeks.dueToday(screenedFor(user)).size();
    }

    private List<DrugScreenStore.Screened> screenedFor(StepwiseUser user) {
        if (user.can(Permission.PROGRAM_OVERSIGHT)) {
            return store.screenedEpisodes(null);
        }
        if (user.role().isCareTeamBound() && user.can(Permission.CLINICAL_READ)) {
            return store.screenedEpisodes(user.staffId());
        }
        return List.of();
    }

    private ClientEpisodes.Episode screenedEpisode(ClientId client) {
        ClientEpisodes.Episode episode = episodes.of(client).filter(e -> e.status().equals("ADMITTED"))
                .orElseThrow(() -> new ConflictException("Drug screens are recorded for clients in treatment: this "
                        + "client has no admitted episode of care."));
        if (!episode.part2()) {
            throw new ConflictException("This client's program does not screen for substances (screens are for "
                    + "substance use and co-occurring programs, or a diagnosis F10 to F19).");
        }
        return episode;
    }

    private @Nullable LocalDate collectedOn(@Nullable String typed, ClientEpisodes.Episode episode,
            Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            errors.put("collectedOn", "Enter the day the specimen was collected.");
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(typed.strip());
            if (day.isAfter(today()) || day.isBefore(episode.admittedOn())) {
                errors.put("collectedOn", "The collection day is from the admission (" + episode.admittedOn()
                        + ") to today (" + today() + ").");
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.put("collectedOn", "Enter the collection day as yyyy-mm-dd.");
            return null;
        }
    }

    private static Optional<Result> parseResult(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Result.valueOf(typed.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String clip(String text) {
        String plain = text.replaceAll("[^a-zA-Z0-9 -]", "");
        return plain.length() > 40 ? plain.substring(0, 40) : plain;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
