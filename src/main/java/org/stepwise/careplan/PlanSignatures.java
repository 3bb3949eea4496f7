package org.stepwise.careplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.careplan.internal.PlanAssembler;
import org.stepwise.careplan.internal.PlanStore;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.staff.Credential;
import org.stepwise.staff.StaffCredentials;

/**
 * Signatures on the latest version of a plan. Each records who, when, which version and the SHA-256 of the content
 * signed; the first makes the version final, the third puts it in effect ({@link PlanSigned}). Signing again as the
 * same person changes nothing.
 */
@Service
public class PlanSignatures {

    private final EpisodeRecords episodes;
    private final PlanStore store;
    private final PlanAssembler assembler;
    private final StaffCredentials credentials;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanSignatures(EpisodeRecords episodes, PlanStore store, PlanAssembler assembler, StaffCredentials credentials,
            AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.episodes = episodes;
        this.store = store;
        this.assembler = assembler;
        this.credentials = credentials;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Signs the latest version as the given role: the clinician (CLINICAL_WRITE) for themselves or recording the
     * client's signature, a prescriber (PLAN_PHYSICIAN_SIGN) as the physician.
     *
     * @throws InvalidRequestException for a missing role or version, or a client signature without name or with a
     *     bad date
     * @throws AccessDeniedException when the user may not sign as that role
     * @throws PlanConflictException when the version read is no longer the latest, or its content changed
     * @throws ConflictException when someone else has signed as that role already
     */
    @Transactional
    public TreatmentPlan sign(EpisodeId episode, NewSignature submission) {
        EpisodeView view = TreatmentPlans.writable(episodes.episode(episode));
        StepwiseUser user = currentUser.require();
        SignerRole role = SignerRole.parse(submission.role()).orElseThrow(() -> InvalidRequestException.forField(
                "role", "Say who signs: CLIENT, CLINICIAN or PHYSICIAN."));
        Permission needed = role == SignerRole.PHYSICIAN ? Permission.PLAN_PHYSICIAN_SIGN : Permission.CLINICAL_WRITE;
        if (!user.can(needed)) {
            throw new AccessDeniedException("Signing as the " + role.label().toLowerCase(java.util.Locale.ROOT)
                    + " needs " + needed + ".");
        }
        if (submission.versionNumber() == null) {
            throw InvalidRequestException.forField("versionNumber", "Say which version you read and sign.");
        }
        PlanStore.PlanRow row = store.lock(episode).orElseThrow(() -> new NotFoundException(
                "This episode of care has no treatment plan yet."));
        TreatmentPlan plan = assembler.assemble(row, view);
        PlanVersion latest = plan.latest().orElseThrow(() -> new NotFoundException("The plan has no version to sign."));
        Optional<PlanSignature> mine = plan.version(submission.versionNumber()).flatMap(v -> v.signature(role))
                .filter(s -> s.staff().equals(user.staffId()));
        if (mine.isPresent() && (role != SignerRole.CLIENT || mine.get().signerName().equals(clean(submission.signerName())))) {
            return plan; // the same signature sent again
        }
        if (submission.versionNumber() != latest.number()) {
            throw new PlanConflictException("Version " + submission.versionNumber() + " is not the latest: version "
                    + latest.number() + " is. Read it before you sign.", plan);
        }
        if (submission.contentHash() != null && !submission.contentHash().equalsIgnoreCase(latest.contentHash())) {
            throw new PlanConflictException("The plan changed after you read it; read version " + latest.number()
                    + " again before you sign.", plan);
        }
        latest.signature(role).ifPresent(s -> {
            throw new ConflictException("Version " + latest.number() + " is already signed as the "
                    + role.label().toLowerCase(java.util.Locale.ROOT) + " by " + s.signerName() + " on " + s.signedOn()
                    + ".");
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        PlanSignature signature = role == SignerRole.CLIENT
                ? new PlanSignature(role, clientName(submission.signerName()), null,
                        clientDay(submission.signedOn(), latest), user.staffId(), user.displayName(), now,
                        latest.contentHash())
                : new PlanSignature(role, user.displayName(), credentialsOf(user), assembler.today(), user.staffId(),
                        user.displayName(), now, latest.contentHash());
        if (!store.insertSignature(row.id(), latest.number(), signature)) {
            throw new ConflictException("Someone signed as the " + role.label().toLowerCase(java.util.Locale.ROOT)
                    + " a moment ago; reload the plan.");
        }
        boolean complete = latest.missingSignatures().equals(java.util.List.of(role));
        LocalDate effectiveOn = null;
        if (complete) {
            effectiveOn = java.util.stream.Stream.concat(latest.signatures().stream(), java.util.stream.Stream.of(signature))
                    .map(PlanSignature::signedOn).max(Comparator.naturalOrder()).orElseThrow();
        }
        store.markSigned(row.id(), latest.number(), effectiveOn);
        PlanStore.PlanRow bumped = store.bump(row.id());
        audit.record(AuditAction.UPDATE, view.client(), "treatment plan", "version " + latest.number() + " signed as "
                + role + " by " + signature.signerName() + ", sha256 " + latest.contentHash()
                + (complete ? "; in effect from " + effectiveOn : ""));
        if (effectiveOn != null) {
            events.publishEvent(new PlanSigned(row.id(), episode, view.client(), latest.number(), effectiveOn));
        }
        return assembler.assemble(bumped, view);
    }

    private @Nullable String credentialsOf(StepwiseUser user) {
        LocalDate today = assembler.today();
        String held = credentials.of(user.staffId()).stream().filter(c -> !c.expiredOn(today))
                .map(Credential::licenceType).distinct().collect(Collectors.joining(", "));
        return held.isEmpty() ? null : held.length() > 120 ? held.substring(0, 120) : held;
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String clientName(@Nullable String typed) {
        String name = clean(typed);
        if (name == null) {
            throw InvalidRequestException.forField("signerName", "Type the name the client signed with.");
        }
        if (name.length() > 120 || name.chars().anyMatch(Character::isISOControl)) {
            throw InvalidRequestException.forField("signerName", "Type the client's name as plain text, up to 120 "
                    + "characters.");
        }
        return name;
    }

    /** The day the client signed: today when not given; never in the future, never before the version was written. */
    private LocalDate clientDay(@Nullable String typed, PlanVersion version) {
        LocalDate today = assembler.today();
        if (clean(typed) == null) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(typed.strip());
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
}
