package org.stepwise.clients.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ChartDecision;
import org.stepwise.clients.ClientSummary;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.NotFoundException;

/**
 * Registers, opens, revises and deletes clients and their support network. Each method is one transaction that
 * checks chart access first and writes its audit row with the change, so that nothing is saved without its record.
 */
@Service
@Transactional
public class ClientManagement {

    private final Clients clients;
    private final ClientQueries queries;
    private final CareTeams careTeams;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClientManagement(Clients clients, ClientQueries queries, CareTeams careTeams, ChartAccess chartAccess,
            AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.clients = clients;
        this.queries = queries;
        this.careTeams = careTeams;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Registers a new client.
     *
     * @param confirmDuplicate the person has seen the likely duplicates and says this is someone else
     * @throws DuplicateClientException when there are likely duplicates and the person has not confirmed
     */
    public Client register(ClientDraft draft, boolean confirmDuplicate) {
        ClientDetails details = ClientDetails.of(draft, today());
        List<ClientSummary> candidates = queries.likelyDuplicates(details);
        if (!candidates.isEmpty() && !confirmDuplicate) {
            throw new DuplicateClientException(candidates);
        }
        Client client = Client.register(ClientId.random(), clients.nextRecordNumber(), details, stamp());
        clients.insert(client);
        audit.record(AuditAction.CREATE, client.id(), client.auditSubject(), candidates.isEmpty() ? "registered"
                : "registered after confirming it is not " + candidates.stream().map(ClientSummary::recordNumber)
                        .collect(Collectors.joining(", ")));
        return client;
    }

    /** Opens a client's record for the signed-in user (care-team rule) and records the view. */
    public ClientChart open(ClientId id) {
        ChartDecision access = chartAccess.require(id);
        Client client = existing(id);
        audit.record(AuditAction.VIEW, id, client.auditSubject(),
                access == ChartDecision.BREAK_GLASS ? "registry record (break-glass)" : "registry record");
        return new ClientChart(client, access, careTeams.members(id));
    }

    /**
     * The client as saved, to answer the person who just changed it (their own write, so no VIEW row); the care-team
     * rule still applies.
     */
    @Transactional(readOnly = true)
    public Client current(ClientId id) {
        chartAccess.require(id);
        return existing(id);
    }

    /**
     * Saves revised details submitted by someone who loaded version {@code basedOn}.
     *
     * @throws StaleClientException when someone else saved first and the submission differs from what is there now
     */
    public Client.Revision revise(ClientId id, ClientDraft draft, int basedOn) {
        chartAccess.require(id);
        ClientDetails submitted = ClientDetails.of(draft, today());
        Client client = existing(id);
        Client.Revision revision = client.revise(submitted, basedOn, stamp());
        if (!revision.changedAnything()) {
            return revision;
        }
        if (!clients.update(client, basedOn)) {
            // Someone committed between our read and our write: show them what is there now.
            throw new StaleClientException(existing(id), submitted, basedOn);
        }
        audit.record(AuditAction.UPDATE, id, client.auditSubject(),
                "changed " + String.join(", ", revision.changedFields()));
        return revision;
    }

    /** Soft-deletes a client with a reason; the record disappears from search and views. */
    public void delete(ClientId id, String reason) {
        chartAccess.require(id);
        Client client = existing(id);
        client.delete(reason, stamp());
        if (!clients.markDeleted(client)) {
            throw new NotFoundException("Client " + client.recordNumber() + " was already deleted.");
        }
        audit.record(AuditAction.DELETE, id, client.auditSubject(), java.util.Objects.requireNonNull(client.deletion())
                .reason());
    }

    public SupportPerson addSupportPerson(ClientId id, SupportPersonDraft draft) {
        chartAccess.require(id);
        SupportPersonDetails details = SupportPersonDetails.of(draft);
        clients.lock(id);
        Client client = existing(id);
        SupportPerson added = client.addSupportPerson(details);
        clients.insertSupportPerson(id, added);
        audit.record(AuditAction.UPDATE, id, client.auditSubject(), "support network: added person " + added.id());
        return added;
    }

    public SupportPerson changeSupportPerson(ClientId id, UUID personId, SupportPersonDraft draft, int basedOn) {
        chartAccess.require(id);
        SupportPersonDetails details = SupportPersonDetails.of(draft);
        clients.lock(id);
        Client client = existing(id);
        Client.SupportPersonChange change = client.changeSupportPerson(personId, details, basedOn);
        if (change.changedFields().isEmpty()) {
            return change.person();
        }
        if (!clients.updateSupportPerson(id, change.person(), basedOn)) {
            throw new ConflictException("Someone else changed this support person after you opened the form. "
                    + "Open it again to see their change, then reapply yours.");
        }
        audit.record(AuditAction.UPDATE, id, client.auditSubject(), "support network: changed person " + personId + ": "
                + String.join(", ", change.changedFields()));
        return change.person();
    }

    public void removeSupportPerson(ClientId id, UUID personId) {
        chartAccess.require(id);
        clients.lock(id);
        Client client = existing(id);
        SupportPerson removed = client.removeSupportPerson(personId);
        clients.deleteSupportPerson(id, removed.id());
        audit.record(AuditAction.UPDATE, id, client.auditSubject(), "support network: removed person " + personId);
    }

    private Client existing(ClientId id) {
        Client client = clients.find(id)
                .orElseThrow(() -> new NotFoundException("There is no client with id " + id + "."));
        if (client.isDeleted()) {
            throw new NotFoundException("There is no client with id " + id + ".");
        }
        return client;
    }

    private Client.Stamp stamp() {
        return new Client.Stamp(currentUser.require().username(), clock.instant());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
