package org.stepwise.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.safety.internal.ClientEpisodes;
import org.stepwise.safety.internal.HomeAssessmentStore;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;

/**
 * Whether a client's home supports their recovery: every assessment kept, the latest first. Recording one publishes
 * {@link RecoveryEnvironmentAssessed} in the same transaction (a home that does not support recovery is a reason to
 * step care up).
 */
@Service
public class HomeAssessments {

    public static final int MAX_SUMMARY = 2000;

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private final HomeAssessmentStore store;
    private final ClientEpisodes episodes;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HomeAssessments(HomeAssessmentStore store, ClientEpisodes episodes, ChartAccess chartAccess, AuditLog audit,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.episodes = episodes;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The client's assessments, the latest first; audited as a view. */
    @Transactional
    public List<HomeAssessment> view(ClientId client) {
        chartAccess.require(client);
        List<HomeAssessment> all = store.forClient(client);
        audit.record(AuditAction.VIEW, client, "home environment", all.size() + " assessment(s)");
        return all;
    }

    /**
     * Records an assessment under the client's current episode. The same id sent again records nothing more.
     *
     * @param id chosen by the form or the caller; null for a new one
     * @param assessedOn yyyy-mm-dd; today when empty
     * @throws InvalidRequestException naming each field to fix
     * @throws ConflictException when the client has no current episode of care
     */
    @Transactional
    public HomeAssessment assess(ClientId client, @Nullable UUID id, @Nullable Boolean supportsRecovery,
            @Nullable String summary, @Nullable String assessedOn) {
        chartAccess.require(client);
        StepwiseUser user = currentUser.require();
        ClientEpisodes.Episode episode = episodes.of(client).filter(ClientEpisodes.Episode::current)
                .orElseThrow(() -> new ConflictException("The home environment is assessed for clients in treatment: "
                        + "this client has no current episode of care."));
        if (id != null) {
            Optional<ClientId> owner = store.clientOf(id);
            if (owner.isPresent()) {
                if (!owner.get().equals(client)) {
                    throw new ConflictException("This assessment id belongs to another client; nothing was saved.");
                }
                return store.forClient(client).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (supportsRecovery == null) {
            errors.put("supportsRecovery", "Say whether the home supports recovery.");
        }
        String text = summary == null ? "" : summary.replace("\r\n", "\n").strip();
        if (text.isEmpty() || text.length() > MAX_SUMMARY) {
            errors.put("summary", "Summarise what you found in 1 to " + MAX_SUMMARY + " characters.");
        } else if (TAG.matcher(text).find() || CONTROL.matcher(text).find()) {
            errors.put("summary", "Write plain text: no HTML tags or control characters.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = today;
        if (assessedOn != null && !assessedOn.isBlank()) {
            try {
                day = LocalDate.parse(assessedOn.strip());
                if (day.isAfter(today) || day.isBefore(episode.admittedOn().minusDays(30))) {
                    errors.put("assessedOn", "The assessment day is from 30 days before admission to today.");
                }
            } catch (DateTimeParseException e) {
                errors.put("assessedOn", "Enter the day as yyyy-mm-dd.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join(" ", errors.values()), errors);
        }
        UUID assessment = id == null ? UUID.randomUUID() : id;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean supports = java.util.Objects.requireNonNull(supportsRecovery);
        store.insert(assessment, client, episode.id(), supports, text, day, user.staffId(), now);
        audit.record(AuditAction.CREATE, client, "home environment", (supports ? "supports" : "does not support")
                + " recovery, assessed " + day);
        events.publishEvent(new RecoveryEnvironmentAssessed(assessment, client, episode.id(), supports, text, day));
        return store.forClient(client).stream().filter(a -> a.id().equals(assessment)).findFirst().orElseThrow();
    }
}
