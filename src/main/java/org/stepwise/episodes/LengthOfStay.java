package org.stepwise.episodes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.episodes.internal.AdmissionTerms;
import org.stepwise.episodes.internal.Episode;
import org.stepwise.episodes.internal.EpisodeStore;
import org.stepwise.episodes.internal.LengthChangeStore;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * Issue 6: extending or shortening an admitted client's planned stay, with a reason, under the episode's version. The
 * planned end stays the admission date plus the length (two weeks to a year), and never falls before today; each
 * change is kept ({@link EpisodeView#lengthChanges()}). The signals module calls this when a clinician extends a stay
 * from a signal.
 */
@Service
public class LengthOfStay {

    public static final int MAX_CHANGE_DAYS = 180;
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private final EpisodeStore episodes;
    private final LengthChangeStore lengths;
    private final EpisodeRecords records;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    LengthOfStay(EpisodeStore episodes, LengthChangeStore lengths, EpisodeRecords records, ChartAccess chartAccess,
            AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.episodes = episodes;
        this.lengths = lengths;
        this.records = records;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Moves the planned end by {@code days} (positive extends, negative shortens). Sending the same change again after
     * it was saved (a double click, a retried request) changes nothing and returns the episode.
     *
     * @param version the episode's version the user read; null to change whatever is current (a signal's own version
     *     already guards the decision)
     * @throws NotFoundException no such episode
     * @throws InvalidRequestException {@code days} or {@code reason} wrong, or the episode is not admitted
     * @throws ConflictException someone else changed the episode since {@code version}
     */
    @Transactional
    public EpisodeView change(EpisodeId id, @Nullable Integer version, @Nullable Integer days, @Nullable String reason) {
        Episode episode = episodes.find(id).orElseThrow(() -> new NotFoundException("There is no such episode of care."));
        chartAccess.require(episode.client());
        StepwiseUser user = currentUser.require();
        AdmissionTerms terms = episode.terms();
        Map<String, String> problems = problems(episode, days, reason, LocalDate.now(clock));
        String text = reason == null ? "" : reason.strip();
        if (version != null && version != episode.version()) {
            var last = lengths.latest(id);
            if (last.isPresent() && problems.isEmpty() && last.get().by().equals(user.username())
                    && last.get().reason().equals(text) && last.get().days() == days
                    && last.get().toDays() == terms.plannedLengthDays()) {
                return records.episode(id); // the same change, saved a moment ago
            }
            throw new ConflictException("Someone else changed this episode after you opened it (version "
                    + episode.version() + ", planned end " + terms.plannedEnd() + "). Open it again; nothing was saved.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join(" ", problems.values()), problems);
        }
        int to = terms.plannedLengthDays() + Objects.requireNonNull(days);
        if (!lengths.setLength(id, episode.version(), to)) {
            throw new ConflictException("Someone else changed this episode at the same moment. Open it again; nothing "
                    + "was saved.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        lengths.append(id, new EpisodeView.LengthChange(terms.plannedLengthDays(), to, terms.plannedEnd(),
                terms.admittedOn().plusDays(to), user.username(), now, text));
        audit.record(AuditAction.UPDATE, episode.client(), "episode length of stay", (days > 0 ? "extended" : "shortened")
                + " by " + Math.abs(days) + " days to " + terms.admittedOn().plusDays(to) + ": " + text);
        return records.episode(id);
    }

    /** What is wrong with a change, keyed by field ({@code days}, {@code reason}); empty when it will do. */
    static Map<String, String> problems(Episode episode, @Nullable Integer days, @Nullable String reason,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        AdmissionTerms t = episode.terms();
        if (episode.status() != EpisodeStatus.ADMITTED) {
            problems.put("days", "Only an admitted client's stay can be changed; this episode is "
                    + episode.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        } else if (days == null || days == 0) {
            problems.put("days", "Enter the days to add (such as 14) or to take off (such as -7).");
        } else if (Math.abs(days) > MAX_CHANGE_DAYS) {
            problems.put("days", "Change the stay by at most " + MAX_CHANGE_DAYS + " days at a time.");
        } else {
            int to = t.plannedLengthDays() + days;
            if (to < AdmissionTerms.MIN_LENGTH || to > AdmissionTerms.MAX_LENGTH) {
                problems.put("days", "The stay would be " + to + " days; it must be from " + AdmissionTerms.MIN_LENGTH
                        + " to " + AdmissionTerms.MAX_LENGTH + " days.");
            } else if (t.admittedOn().plusDays(to).isBefore(today)) {
                problems.put("days", "The planned end would be " + t.admittedOn().plusDays(to)
                        + ", before today; shorten it to today at the earliest.");
            }
        }
        String text = reason == null ? "" : reason.strip();
        if (text.codePointCount(0, text.length()) < 3) {
            problems.put("reason", "Say why the stay changes (3 to 500 characters).");
        } else if (text.codePointCount(0, text.length()) > 500) {
            problems.put("reason", "The reason is " + text.length() + " characters long; the limit is 500.");
        } else if (TAG.matcher(text).find() || CONTROL.matcher(text).find()) {
            problems.put("reason", "Write the reason as plain text, without anything that looks like an HTML tag.");
        }
        return problems;
    }
}
