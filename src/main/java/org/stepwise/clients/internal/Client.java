package org.stepwise.clients.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.clients.ClientSummary;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.NotFoundException;

/**
 * A client of the clinic: the aggregate root of the registry. It owns its details, its support network and its
 * deletion; each change is a method with its guard. Persisted by {@link Clients}.
 */
public final class Client {

    private final ClientId id;
    private final RecordNumber recordNumber;
    private ClientDetails details;
    private final int version;
    private final Stamp created;
    private Stamp updated;
    private @Nullable Deletion deletion;
    private final List<SupportPerson> supportNetwork;

    /** Who did something and when. */
    public record Stamp(String by, Instant at) {}

    /** Why, by whom and when a record was soft-deleted. */
    public record Deletion(String reason, String by, Instant at) {}

    /** The outcome of {@link #revise}: the names of the fields that changed (none when nothing did). */
    public record Revision(List<String> changedFields) {

        public boolean changedAnything() {
            return !changedFields.isEmpty();
        }
    }

    Client(ClientId id, RecordNumber recordNumber, ClientDetails details, int version, Stamp created, Stamp updated,
            @Nullable Deletion deletion, List<SupportPerson> supportNetwork) {
        this.id = id;
        this.recordNumber = recordNumber;
        this.details = details;
        this.version = version;
        this.created = created;
        this.updated = updated;
        this.deletion = deletion;
        this.supportNetwork = new ArrayList<>(supportNetwork);
    }

    /** A newly registered client. */
    public static Client register(ClientId id, RecordNumber recordNumber, ClientDetails details, Stamp stamp) {
        return new Client(id, recordNumber, details, 0, stamp, stamp, null, List.of());
    }

    /**
     * Replaces the details with what a person submitted after loading version {@code basedOn}. When someone else saved
     * in between, the submission is refused with both versions, unless it asks for exactly what is there now (a
     * repeated submission), which changes nothing.
     *
     * @throws StaleClientException when the record changed since {@code basedOn} and the submission differs
     */
    public Revision revise(ClientDetails submitted, int basedOn, Stamp stamp) {
        requireNotDeleted();
        if (basedOn != version) {
            if (details.equals(submitted)) {
                return new Revision(List.of());
            }
            throw new StaleClientException(this, submitted, basedOn);
        }
        List<String> changed = details.differences(submitted);
        if (!changed.isEmpty()) {
            details = submitted;
            updated = stamp;
        }
        return new Revision(changed);
    }

    /** Soft-deletes the record; it disappears from search and views but stays in the database and the audit log. */
    public void delete(String reason, Stamp stamp) {
        requireNotDeleted();
        Checks checks = new Checks();
        String why = checks.requiredText("reason", reason, 5, 500,
                "Say why this record is being deleted (for example: duplicate of SW-001234).");
        checks.throwIfAny();
        deletion = new Deletion(why, stamp.by(), stamp.at());
        updated = stamp;
    }

    public SupportPerson addSupportPerson(SupportPersonDetails person) {
        requireNotDeleted();
        int position = supportNetwork.stream().mapToInt(SupportPerson::position).max().orElse(-1) + 1;
        SupportPerson added = new SupportPerson(UUID.randomUUID(), position, person, 0);
        supportNetwork.add(added);
        return added;
    }

    /**
     * Changes one support person. A stale version is refused unless it asks for what is there now.
     *
     * @return the changed person, with the version it will be saved under, and the names of the changed fields
     */
    public SupportPersonChange changeSupportPerson(UUID personId, SupportPersonDetails submitted, int basedOn) {
        requireNotDeleted();
        SupportPerson current = supportPerson(personId);
        List<String> changed = current.details().differences(submitted);
        if (basedOn != current.version()) {
            if (changed.isEmpty()) {
                return new SupportPersonChange(current, List.of());
            }
            throw new ConflictException("Someone else changed this support person after you opened the form. "
                    + "Open it again to see their change, then reapply yours.");
        }
        if (changed.isEmpty()) {
            return new SupportPersonChange(current, List.of());
        }
        SupportPerson next = new SupportPerson(personId, current.position(), submitted, current.version() + 1);
        supportNetwork.replaceAll(p -> p.id().equals(personId) ? next : p);
        return new SupportPersonChange(next, changed);
    }

    /** A changed support person and which fields changed. */
    public record SupportPersonChange(SupportPerson person, List<String> changedFields) {}

    public SupportPerson removeSupportPerson(UUID personId) {
        requireNotDeleted();
        SupportPerson removed = supportPerson(personId);
        supportNetwork.remove(removed);
        return removed;
    }

    public SupportPerson supportPerson(UUID personId) {
        return supportNetwork.stream()
                .filter(p -> p.id().equals(personId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("This client has no support person with id " + personId + "."));
    }

    private void requireNotDeleted() {
        if (deletion != null) {
            throw new NotFoundException("Client " + recordNumber + " was deleted.");
        }
    }

    public ClientId id() {
        return id;
    }

    public RecordNumber recordNumber() {
        return recordNumber;
    }

    public ClientDetails details() {
        return details;
    }

    public int version() {
        return version;
    }

    public Stamp created() {
        return created;
    }

    public Stamp updated() {
        return updated;
    }

    public @Nullable Deletion deletion() {
        return deletion;
    }

    public boolean isDeleted() {
        return deletion != null;
    }

    public List<SupportPerson> supportNetwork() {
        return Collections.unmodifiableList(supportNetwork);
    }

    /** The client as search results and other modules show one. */
    public ClientSummary summary() {
        return new ClientSummary(id, recordNumber.value(), details.displayName(), details.legalName(),
                details.dateOfBirth(), details.pronouns());
    }

    /** How audit rows name this client. */
    public String auditSubject() {
        return "client " + recordNumber;
    }
}
