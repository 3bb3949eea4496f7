package org.stepwise.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.safety.internal.ClientEpisodes;
import org.stepwise.safety.internal.RecoveryPlanStore;
import org.stepwise.safety.rules.RecoveryPlanRules;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.SiteDetails;

/**
 * Clients' safety plans and relapse prevention plans, on behalf of the signed-in user: every read and write checks
 * chart access and is audited in the same transaction. Saving a draft rewrites it; saving after a signature starts the
 * next version. Both kinds share this service and one store.
 */
@Service
public class RecoveryPlans {

    /** The crisis lines shown when the client has no episode at a site yet. */
    public static final List<String> DEFAULT_CRISIS_LINES = List.of("988 Suicide & Crisis Lifeline (call or text 988)",
            SiteDetails.DEFAULT_OTHER_CRISIS_LINES);

    private final RecoveryPlanStore store;
    private final ClientEpisodes episodes;
    private final Organisation organisation;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RecoveryPlans(RecoveryPlanStore store, ClientEpisodes episodes, Organisation organisation, ChartAccess chartAccess,
            AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.episodes = episodes;
        this.organisation = organisation;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The plan after a change, and whether anything changed (false: the same submission arrived before). */
    public record Saved(RecoveryPlan plan, boolean changed) {}

    /** The client's plan of this kind, if one was written; audited as a view. */
    @Transactional
    public Optional<RecoveryPlan> view(ClientId client, RecoveryPlanKind kind) {
        chartAccess.require(client);
        Optional<RecoveryPlan> plan = store.find(client, kind).map(this::assemble);
        audit.record(AuditAction.VIEW, client, subject(kind), plan.flatMap(RecoveryPlan::latest)
                .map(v -> "version " + v.number()).orElse("none yet"));
        return plan;
    }

    /** The client's plan of this kind; audited as a view. */
    @Transactional
    public RecoveryPlan get(ClientId client, RecoveryPlanKind kind) {
        return view(client, kind).orElseThrow(() -> new NotFoundException("This client has no "
                + kind.label().toLowerCase(Locale.ROOT) + " yet."));
    }

    /**
     * The crisis lines of the site where the client is treated (their current, else latest episode's program), or the
     * US defaults (988, 911) before any admission. Not client data: not audited.
     */
    @Transactional(readOnly = true)
    public List<String> crisisLines(ClientId client) {
        return episodes.of(client).map(e -> organisation.site(e.site()).crisisLines()).orElse(DEFAULT_CRISIS_LINES);
    }

    /**
     * Saves the plan's content: a draft version is rewritten, a signed one is followed by a new draft version.
     *
     * @param lockVersion the plan's lock version the editor read; required once the plan exists
     * @throws InvalidRequestException when the lock version is missing
     * @throws RecoveryPlanConflictException when someone changed the plan since (unless they saved exactly this)
     */
    @Transactional
    public Saved save(ClientId client, RecoveryPlanKind kind, @Nullable Integer lockVersion,
            RecoveryPlanContent content) {
        chartAccess.require(client);
        StepwiseUser user = currentUser.require();
        Instant now = now();
        Optional<RecoveryPlanStore.PlanRow> existing = store.lock(client, kind);
        if (existing.isPresent() && lockVersion == null) {
            throw InvalidRequestException.forField("version", "Send the plan's version you read, so that nobody's "
                    + "changes are overwritten unseen.");
        }
        if (existing.isEmpty()) {
            store.insertIfAbsent(client, kind, now);
        }
        RecoveryPlanStore.PlanRow row = existing.orElseGet(() -> store.lock(client, kind).orElseThrow());
        List<RecoveryPlanVersion> versions = store.versions(row.id());
        RecoveryPlanVersion latest = versions.isEmpty() ? null : versions.getLast();
        String hash = content.sha256(kind);
        if (latest != null && hash.equals(latest.contentHash())) {
            return new Saved(assemble(row), false); // the same text again: a double click or a retry
        }
        // Someone else wrote the first version while this editor's page showed no plan yet: as much a conflict.
        boolean racedToCreate = existing.isEmpty() && latest != null;
        if (racedToCreate || (existing.isPresent() && lockVersion != row.version())) {
            throw new RecoveryPlanConflictException("Someone else changed this " + kind.label().toLowerCase(Locale.ROOT)
                    + " after you opened it" + (latest == null ? "" : " (version " + latest.number()
                    + ", last saved by " + latest.updatedByName() + ")") + ". Your text is kept: compare it with "
                    + "theirs, then save again.", assemble(row));
        }
        int number;
        if (latest == null) {
            number = 1;
            store.insertVersion(row.id(), number, content, hash, user.staffId(), now);
        } else if (latest.isDraft() && store.updateDraft(row.id(), latest.number(), content, hash, user.staffId(),
                now)) {
            number = latest.number();
        } else {
            number = latest.number() + 1;
            store.insertVersion(row.id(), number, content, hash, user.staffId(), now);
        }
        store.bump(row.id());
        audit.record(latest == null ? AuditAction.CREATE : AuditAction.UPDATE, client, subject(kind),
                "version " + number + " saved as a draft, sha256 " + hash);
        return new Saved(assemble(store.find(client, kind).orElseThrow()), true);
    }

    /**
     * Signs the latest version as the client (recorded by the clinician) or the clinician. The first signature makes the
     * version final. Signing again as the same person changes nothing.
     *
     * @throws InvalidRequestException for a missing role or version, sections still to write, or a client signature
     *     without a name or with a bad date
     * @throws RecoveryPlanConflictException when the version read is no longer the latest, or its content changed
     * @throws ConflictException when someone else has signed as that role already
     */
    @Transactional
    public RecoveryPlan sign(ClientId client, RecoveryPlanKind kind, NewPlanSignature submission) {
        chartAccess.require(client);
        StepwiseUser user = currentUser.require();
        RecoveryPlanSigner role = RecoveryPlanSigner.parse(submission.role()).orElseThrow(() ->
                InvalidRequestException.forField("role", "Say who signs: CLIENT or CLINICIAN."));
        if (submission.versionNumber() == null) {
            throw InvalidRequestException.forField("versionNumber", "Say which version you read and sign.");
        }
        RecoveryPlanStore.PlanRow row = store.lock(client, kind).orElseThrow(() -> new NotFoundException(
                "This client has no " + kind.label().toLowerCase(Locale.ROOT) + " yet."));
        RecoveryPlan plan = assemble(row);
        RecoveryPlanVersion latest = plan.latest().orElseThrow(() -> new NotFoundException(
                "The plan has no version to sign."));
        Optional<RecoveryPlanSignature> mine = plan.version(submission.versionNumber())
                .flatMap(v -> v.signature(role)).filter(s -> s.staff().equals(user.staffId()));
        if (mine.isPresent() && (role == RecoveryPlanSigner.CLINICIAN
                || mine.get().signerName().equals(clean(submission.signerName())))) {
            return plan; // the same signature sent again
        }
        if (submission.versionNumber() != latest.number()) {
            throw new RecoveryPlanConflictException("Version " + submission.versionNumber() + " is not the latest: "
                    + "version " + latest.number() + " is. Read it before you sign.", plan);
        }
        if (submission.contentHash() != null && !submission.contentHash().equalsIgnoreCase(latest.contentHash())) {
            throw new RecoveryPlanConflictException("The plan changed after you read it; read version "
                    + latest.number() + " again before you sign.", plan);
        }
        List<String> missing = RecoveryPlanRules.missingForSigning(kind, latest.content());
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("Write every section before signing; still empty: "
                    + String.join(", ", missing) + ".", java.util.Map.of("form", "Write every section before "
                    + "signing; still empty: " + String.join(", ", missing) + "."));
        }
        latest.signature(role).ifPresent(s -> {
            throw new ConflictException("Version " + latest.number() + " is already signed as the "
                    + role.label().toLowerCase(Locale.ROOT) + " by " + s.signerName() + " on " + s.signedOn() + ".");
        });
        Instant now = now();
        RecoveryPlanSignature signature = role == RecoveryPlanSigner.CLIENT
                ? new RecoveryPlanSignature(role, clientName(submission.signerName()),
                        clientDay(submission.signedOn(), latest), user.staffId(), user.displayName(), now,
                        latest.contentHash())
                : new RecoveryPlanSignature(role, user.displayName(), today(), user.staffId(), user.displayName(),
                        now, latest.contentHash());
        if (!store.insertSignature(row.id(), latest.number(), signature)) {
            throw new ConflictException("Someone signed as the " + role.label().toLowerCase(Locale.ROOT)
                    + " a moment ago; reload the plan.");
        }
        store.bump(row.id());
        boolean inEffect = latest.missingSignatures().equals(List.of(role));
        audit.record(AuditAction.UPDATE, client, subject(kind), "version " + latest.number() + " signed as " + role
                + " by " + signature.signerName() + ", sha256 " + latest.contentHash()
                + (inEffect ? "; in effect" : ""));
        return assemble(store.find(client, kind).orElseThrow());
    }

    private RecoveryPlan assemble(RecoveryPlanStore.PlanRow row) {
        boolean part2 = episodes.of(row.client()).map(ClientEpisodes.Episode::part2).orElse(false);
        return new RecoveryPlan(row.id(), row.client(), row.kind(), row.version(), store.versions(row.id()), part2);
    }

    private static String subject(RecoveryPlanKind kind) {
        return kind.label().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String clientName(@Nullable String typed) {
        String name = clean(typed);
        if (name == null) {
            throw InvalidRequestException.forField("signerName", "Type the name the client signed with.");
        }
        if (name.length() > 120 || name.chars().anyMatch(Character::isISOControl) || name.contains("<")) {
            throw InvalidRequestException.forField("signerName", "Type the client's name as plain text, up to 120 "
                    + "characters.");
        }
        return name;
    }

    /** The day the client signed: today when not given; never in the future, never before the version was written. */
    private LocalDate clientDay(@Nullable String typed, RecoveryPlanVersion version) {
        LocalDate today = today();
        String text = clean(typed);
        if (text == null) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.forField("signedOn", "Enter the date as yyyy-mm-dd.");
        }
        LocalDate written = LocalDate.ofInstant(version.createdAt(), clock.getZone());
        if (day.isAfter(today) || day.isBefore(written)) {
            throw InvalidRequestException.forField("signedOn", "The client signs between the day version "
                    + version.number() + " was written (" + written + ") and today (" + today + ").");
        }
        return day;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
