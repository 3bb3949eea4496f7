package org.stepwise.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistration;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.intake.ReferralMoved;
import org.stepwise.intake.ReferralReceived;
import org.stepwise.intake.referral.IllegalReferralMoveException;
import org.stepwise.intake.referral.Referral;
import org.stepwise.intake.referral.ReferralDetails;
import org.stepwise.intake.referral.ReferralDraft;
import org.stepwise.intake.referral.ReferralSource;
import org.stepwise.intake.referral.ReferralStatus;
import org.stepwise.intake.referral.ReferralTimings;
import org.stepwise.intake.referral.StatusChange;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ProgramId;
import org.stepwise.staff.Organisation;

/**
 * Receives referrals and moves them along the pipeline. Each method is one transaction that writes its audit row and
 * publishes its event with the change. A referral linked to a client is shown and changed only after
 * {@link ChartAccess} lets the user in (care team or break-glass).
 */
@Service
@Transactional
public class ReferralManagement {

    private static final Logger log = LoggerFactory.getLogger(ReferralManagement.class);
    private static final String SUBJECT = "referral";

    private final Referrals referrals;
    private final ClientRegistry registry;
    private final ClientRegistration registration;
    private final ChartAccess chartAccess;
    private final Organisation organisation;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralManagement(Referrals referrals, ClientRegistry registry, ClientRegistration registration,
            ChartAccess chartAccess, Organisation organisation, AuditLog audit, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.registry = registry;
        this.registration = registration;
        this.chartAccess = chartAccess;
        this.organisation = organisation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A stored referral and whether this call stored it (false: the same id was submitted before). */
    public record Received(Referral referral, boolean isNew) {}

    /** A referral as its page shows it. */
    public record ReferralView(Referral referral, List<StatusChange> history, ReferralTimings timings,
            @Nullable ClientSummary client) {}

    /**
     * Receives a referral. Submitting the same id again returns the stored referral and changes nothing.
     *
     * @param id chosen by the caller to make a retried submission harmless; a new id when null
     * @throws InvalidRequestException naming every field in error (an unknown program or client included)
     */
    public Received receive(@Nullable UUID id, ReferralDraft draft) {
        ReferralDetails details = ReferralDetails.of(draft, clock.instant(), clock.getZone());
        if (details.programId() != null && !programExists(details.programId())) {
            throw InvalidRequestException.forField("programId", "There is no program with id " + details.programId() + ".");
        }
        if (details.clientId() != null) {
            if (registry.find(new ClientId(details.clientId())).isEmpty()) {
                throw InvalidRequestException.forField("clientId", "There is no client with id " + details.clientId() + ".");
            }
            chartAccess.require(new ClientId(details.clientId()));
        }
        UUID referralId = id == null ? UUID.randomUUID() : id;
        if (id != null) {
            Optional<Referral> existing = referrals.find(id);
            if (existing.isPresent()) {
                return new Received(existing.get(), false);
            }
        }
        Referral referral = Referral.receive(referralId, details, username(), clock.instant());
        if (!referrals.insert(referral)) {
            return new Received(referrals.find(referralId).orElseThrow(), false);
        }
        audit.record(AuditAction.CREATE, referral.client(), SUBJECT, "referral " + referralId + " received from "
                + details.source() + ", " + details.urgency());
        events.publishEvent(new ReferralReceived(referralId, referral.client(), details.source().name(),
                details.urgency().name(), details.receivedAt()));
        return new Received(referral, true);
    }

    /** The referral with its history and timings, for the signed-in user; records the view. */
    public ReferralView open(UUID id) {
        Referral referral = existing(id);
        ClientSummary client = requireAccess(referral);
        audit.record(AuditAction.VIEW, referral.client(), SUBJECT, "referral " + id);
        List<StatusChange> history = referrals.history(id);
        return new ReferralView(referral, history, ReferralTimings.of(referral.details().receivedAt(), history), client);
    }

    /** The referral as saved, to answer the person who just changed it (their own write, so no VIEW row). */
    @Transactional(readOnly = true)
    public Referral current(UUID id) {
        Referral referral = existing(id);
        requireAccess(referral);
        return referral;
    }

    /**
     * Moves a referral by hand, based on the version the user loaded. Submitting the same move again (a double click, a
     * retried request) finds it made and changes nothing.
     *
     * @throws IllegalReferralMoveException when the current status does not allow the move, or the move is one only
     *     the admission page makes (admitted, waitlisted)
     * @throws ConflictException when someone else changed the referral after the user loaded it
     */
    public Referral move(UUID id, ReferralStatus to, @Nullable String reason, int version) {
        Referral referral = existing(id);
        requireAccess(referral);
        if (referral.version() != version) {
            if (referral.status() == to && referral.version() == version + 1 && lastMoveWas(id, to)) {
                return referral;
            }
            throw stale(referral);
        }
        if (to.isReachedByAdmission() && referral.status().canMoveTo(to)) {
            throw new IllegalReferralMoveException(referral.status(), "A referral becomes " + to + " when the client "
                    + "is admitted or put on a track's waitlist on the admission page; it is " + referral.status()
                    + " until then.");
        }
        StatusChange change = referral.moveTo(to, reason, username(), clock.instant());
        save(referral);
        announce(referral, change);
        return referral;
    }

    /** Links the referral to an existing client: the person was a client before (a readmission) or was registered. */
    public Referral linkClient(UUID id, ClientId client, int version) {
        Referral referral = existing(id);
        requireAccess(referral);
        if (registry.find(client).isEmpty()) {
            throw InvalidRequestException.forField("clientId", "There is no client with id " + client + ".");
        }
        chartAccess.require(client);
        if (referral.version() != version) {
            if (client.equals(referral.client()) && referral.version() == version + 1) {
                return referral;
            }
            throw stale(referral);
        }
        referral.linkClient(client);
        if (referral.changed()) {
            save(referral);
            audit.record(AuditAction.UPDATE, client, SUBJECT, "referral " + id + " linked to this client");
        }
        return referral;
    }

    /**
     * Registers the referral's person as a new client (through the registry, with its duplicate check) and links it.
     *
     * @throws org.stepwise.clients.PossibleDuplicateClientException when the person looks like an existing client and
     *     the user has not confirmed that they are someone else; nothing is saved
     */
    public Referral createClient(UUID id, ClientRegistration.NewClient person, boolean confirmDuplicate, int version) {
        Referral referral = existing(id);
        requireAccess(referral);
        if (referral.version() != version) {
            throw stale(referral);
        }
        referral.requireLinkable();
        ClientSummary client = registration.register(person, confirmDuplicate);
        referral.linkClient(client.id());
        save(referral);
        audit.record(AuditAction.UPDATE, client.id(), SUBJECT, "referral " + id + " linked to this new client");
        return referral;
    }

    /**
     * Clients the referral's person may already be (a readmission), while no client is linked: the registry's
     * duplicate check on the name, date of birth and phone the referrer gave.
     */
    public List<ClientSummary> possibleClients(Referral referral) {
        if (referral.client() != null) {
            return List.of();
        }
        ReferralDetails d = referral.details();
        return registration.likelyDuplicates(
                new ClientRegistration.NewClient(d.givenName(), d.familyName(), d.dateOfBirth(), d.phone()));
    }

    @Transactional(readOnly = true)
    public Optional<ClientSummary> clientSummary(ClientId client) {
        return registry.find(client);
    }

    /** The board's referrals; records one view of the board. */
    public List<Referral> board(@Nullable ProgramId program, @Nullable ReferralSource source, Instant outcomesSince) {
        List<Referral> board = referrals.board(program == null ? null : program.value(), source, outcomesSince);
        audit.record(AuditAction.VIEW, null, "referral board", board.size() + " referral(s)"
                + (program == null ? "" : "; program " + program) + (source == null ? "" : "; source " + source));
        return board;
    }

    public List<Referral> list(@Nullable ReferralStatus status, int limit) {
        List<Referral> list = referrals.withStatus(status, limit);
        audit.record(AuditAction.SEARCH, null, "referral list", "status=" + (status == null ? "any" : status)
                + "; " + list.size() + " referral(s)");
        return list;
    }

    /** The client's referrals, for the chart (the caller has checked chart access); records the view. */
    public List<Referral> forClient(ClientId client) {
        chartAccess.require(client);
        List<Referral> list = referrals.forClient(client);
        audit.record(AuditAction.VIEW, client, SUBJECT, "referrals on the chart: " + list.size());
        return list;
    }

    @Transactional(readOnly = true)
    public List<Referrals.SourceMedians> mediansBySource(Instant from, Instant to) {
        return referrals.mediansBySource(from, to);
    }

    @Transactional(readOnly = true)
    public List<StatusChange> history(UUID id) {
        return referrals.history(id);
    }

    // ----- moves the episodes module causes

    /**
     * The client of a referral was admitted (or put on a waitlist) on the admission page: the referral moves to
     * {@code to} by the system. A referral already there is left alone (the event came twice); one whose status does
     * not allow the move is left as it is, with a warning in the log, rather than failing the event forever.
     */
    public void recordAdmission(UUID id, ClientId client, ReferralStatus to, String reason) {
        Optional<Referral> found = referrals.find(id);
        if (found.isEmpty()) {
            log.warn("The episodes module reported referral {} as {}, but there is no such referral", id, to);
            return;
        }
        Referral referral = found.get();
        if (referral.status() == to) {
            return;
        }
        if (!referral.status().canMoveTo(to)) {
            log.warn("Referral {} is {}; the episodes module reported it {}: left as it is", id, referral.status(), to);
            return;
        }
        String by = "system (admission)";
        StatusChange change = referral.moveTo(to, reason, by, clock.instant());
        if (referral.client() == null) {
            referral.linkClientFromAdmission(client);
        }
        save(referral);
        audit.recordAs(by, "", AuditAction.UPDATE, client, SUBJECT, "referral " + id + " moved to " + to
                + " by the admission page");
        announce(referral, change);
    }

    // -----

    private void save(Referral referral) {
        if (!referrals.save(referral)) {
            throw stale(referrals.find(referral.id()).orElse(referral));
        }
    }

    private void announce(Referral referral, StatusChange change) {
        if (currentUser.get().isPresent()) {
            audit.record(AuditAction.UPDATE, referral.client(), SUBJECT, "referral " + referral.id() + " moved from "
                    + change.from() + " to " + change.to());
        }
        events.publishEvent(new ReferralMoved(referral.id(), referral.client(), change.from().name(),
                change.to().name(), change.reason(), change.at()));
    }

    private boolean lastMoveWas(UUID id, ReferralStatus to) {
        List<StatusChange> history = referrals.history(id);
        return !history.isEmpty() && history.getLast().to() == to;
    }

    private static ConflictException stale(Referral current) {
        return new ConflictException("Someone else changed this referral after you opened it: it is now "
                + current.status() + ". Open it again to see their change, then decide what to do.");
    }

    private @Nullable ClientSummary requireAccess(Referral referral) {
        if (referral.client() == null) {
            return null;
        }
        chartAccess.require(referral.client());
        return registry.find(referral.client()).orElse(null);
    }

    private Referral existing(UUID id) {
        return referrals.find(id).orElseThrow(() -> new NotFoundException("There is no referral with id " + id + "."));
    }

    private boolean programExists(UUID id) {
        try {
            organisation.program(new ProgramId(id));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private String username() {
        return currentUser.require().username();
    }
}
