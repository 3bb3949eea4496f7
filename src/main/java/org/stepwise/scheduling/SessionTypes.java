package org.stepwise.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.scheduling.internal.SessionTypeStore;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * The kinds of session the program runs, and a planner's changes to them. A change applies to sessions generated
 * afterwards; sessions already on the schedule keep their cap and length.
 */
@Service
public class SessionTypes {

    private final SessionTypeStore store;
    private final AuditLog audit;

    SessionTypes(SessionTypeStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Every type, active ones first, by category and name. */
    @Transactional(readOnly = true)
    public List<SessionType> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public List<SessionType> active() {
        return store.all().stream().filter(SessionType::active).toList();
    }

    /** @throws NotFoundException when there is no such type */
    @Transactional(readOnly = true)
    public SessionType get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("There is no such session type."));
    }

    /**
     * Saves a planner's changes. Sending what is already saved changes nothing (a double click, a retry).
     *
     * @param version the version the planner opened
     * @throws InvalidRequestException naming each field to fix
     * @throws ConflictException when someone else saved the type after it was opened
     */
    @Transactional
    public SessionType update(UUID id, int version, SessionTypeDetails details) {
        SessionType before = get(id);
        Map<String, String> problems = new java.util.LinkedHashMap<>(details.problems(before.category()));
        if (before.active() && !details.active() && !problems.containsKey("active")) {
            int blocks = store.activeBlocksUsing(id);
            if (blocks > 0) {
                problems.put("active", blocks + " active template block" + (blocks == 1 ? " uses" : "s use")
                        + " this type; deactivate or change " + (blocks == 1 ? "it" : "them") + " first.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Nothing was saved: " + String.join(" ", problems.values()), problems);
        }
        if (SessionTypeDetails.of(before).equals(details)) {
            return before;
        }
        if (!store.update(id, version, details)) {
            throw new ConflictException("Someone else changed this session type after you opened it. Open it again "
                    + "to see their change, then reapply yours.");
        }
        audit.record(AuditAction.ADMIN_CHANGE, null, "session type " + before.code(), changed(before, details));
        return get(id);
    }

    private static String changed(SessionType before, SessionTypeDetails after) {
        List<String> fields = new ArrayList<>();
        if (!before.name().equals(after.name())) fields.add("name");
        if (!Objects.equals(before.minutes(), after.minutes())) fields.add("minutes");
        if (before.countsTowardHours() != after.countsTowardHours()) fields.add("counts toward hours");
        if (after.countedHours() == null || before.countedHours().compareTo(after.countedHours()) != 0) fields.add("counted hours");
        if (before.modality() != after.modality()) fields.add("modality");
        if (!Objects.equals(before.billingCode(), after.billingCode())) fields.add("billing code");
        if (!Objects.equals(before.cap(), after.cap())) fields.add("cap");
        if (before.active() != after.active()) fields.add(after.active() ? "activated" : "deactivated");
        return fields.isEmpty() ? "saved without changes" : "changed: " + String.join(", ", fields);
    }
}
