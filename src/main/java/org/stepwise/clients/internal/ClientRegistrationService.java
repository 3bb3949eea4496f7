package org.stepwise.clients.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ClientRegistration;
import org.stepwise.clients.ClientSummary;
import org.stepwise.clients.PossibleDuplicateClientException;
import org.stepwise.shared.InvalidRequestException;

/** {@link ClientRegistration}: the registry's own registration and duplicate check, for other modules. */
@Service
class ClientRegistrationService implements ClientRegistration {

    private final ClientManagement management;
    private final ClientQueries queries;
    private final AuditLog audit;
    private final Clock clock;

    ClientRegistrationService(ClientManagement management, ClientQueries queries, AuditLog audit, Clock clock) {
        this.management = management;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<ClientSummary> likelyDuplicates(NewClient person) {
        ClientDetails details;
        try {
            details = ClientDetails.of(draft(person), LocalDate.now(clock));
        } catch (InvalidRequestException e) {
            return List.of();
        }
        List<ClientSummary> candidates = queries.likelyDuplicates(details);
        audit.record(AuditAction.SEARCH, null, "client duplicate check",
                "name, date of birth and phone of a person to register: " + candidates.size() + " candidate(s)");
        return candidates;
    }

    @Override
    @Transactional
    public ClientSummary register(NewClient person, boolean confirmDuplicate) {
        try {
            return management.register(draft(person), confirmDuplicate).summary();
        } catch (DuplicateClientException e) {
            throw new PossibleDuplicateClientException(e.getMessage(), e.candidates());
        }
    }

    private static ClientDraft draft(NewClient person) {
        @Nullable LocalDate born = person.dateOfBirth();
        return new ClientDraft(person.givenName(), person.familyName(), null, null, born == null ? null : born.toString(),
                null, null, null, false, person.phone(), null, null, null, null, null, null, null, null);
    }
}
