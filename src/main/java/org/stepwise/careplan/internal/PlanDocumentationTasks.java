package org.stepwise.careplan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.careplan.ReviewDue;
import org.stepwise.careplan.SignerRole;
import org.stepwise.careplan.rules.ReviewSchedule;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Role;
import org.stepwise.today.DocumentationTask;
import org.stepwise.today.DocumentationTasks;

/**
 * The plan work in the documentation queue: for clinicians and case managers, reviews of their care team's plans due
 * within a week or overdue, by each program's rule; for clinicians, plans that await their signature or the client's;
 * for prescribers, plans the clinician has signed that await the physician's; for the program director, every overdue
 * review. One audit row per client the queue names.
 */
@Component
class PlanDocumentationTasks implements DocumentationTasks {

    private final QueueStore store;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    PlanDocumentationTasks(QueueStore store, AuditLog audit, MessageSource messages, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<DocumentationTask> tasksFor(StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)) {
            return List.of();
        }
        boolean director = user.can(Permission.PROGRAM_OVERSIGHT) && !user.role().isCareTeamBound();
        if (!director && !user.role().isCareTeamBound()) {
            return List.of();
        }
        List<Owed> owed = tasks(store.plans(director ? null : user.staffId()), user.role(), director,
                LocalDate.now(clock), clock.getZone(), (key, args) -> messages.getMessage(key, args,
                        LocaleContextHolder.getLocale()));
        Set<ClientId> named = new LinkedHashSet<>();
        owed.forEach(o -> named.add(o.client()));
        named.forEach(client -> audit.record(AuditAction.VIEW, client, "treatment plan", "documentation queue"));
        return owed.stream().map(Owed::task).toList();
    }

    /** A task and whose chart it is in. */
    record Owed(ClientId client, DocumentationTask task) {}

    /** The tasks the rows give a user of this role on this day (plain Java, tested with fixed dates). */
    static List<Owed> tasks(List<QueueStore.Row> rows, Role role, boolean director, LocalDate today, ZoneId zone,
            BiFunction<String, Object[], String> text) {
        List<Owed> tasks = new ArrayList<>();
        for (QueueStore.Row row : rows) {
            String plan = "/clients/" + row.client() + "/plan";
            ReviewDue due = ReviewSchedule.next(row.admittedOn(), row.firstInEffect(), row.lastReview(), row.ruleDays(),
                    today);
            boolean reviews = director ? due.overdue()
                    : (role == Role.CLINICIAN || role == Role.CASE_MANAGER) && (due.overdue() || due.dueSoon());
            if (reviews && row.latestNumber() != null) {
                tasks.add(owed(row, new DocumentationTask(text.apply("careplan.task.review", null), row.clientName(),
                        text.apply("careplan.task.reviewWhat", new Object[] {row.ruleDays()}), due.dueOn(),
                        due.dueOn(), role == Role.CLINICIAN ? plan + "/review" : plan, due.overdue())));
            }
            if (director || row.latestNumber() == null || row.latestWritten() == null) {
                continue;
            }
            LocalDate written = LocalDate.ofInstant(row.latestWritten(), zone);
            Object[] version = {row.latestNumber()};
            if (role == Role.CLINICIAN && !row.signed().contains(SignerRole.CLINICIAN)) {
                tasks.add(owed(row, new DocumentationTask(text.apply("careplan.task.sign", null), row.clientName(),
                        text.apply(row.signed().contains(SignerRole.CLIENT) ? "careplan.task.signYours"
                                : "careplan.task.signBoth", version), written, null, plan, false)));
            } else if (role == Role.CLINICIAN && !row.signed().contains(SignerRole.CLIENT)) {
                tasks.add(owed(row, new DocumentationTask(text.apply("careplan.task.sign", null), row.clientName(),
                        text.apply("careplan.task.signClient", version), written, null, plan, false)));
            } else if (role == Role.PRESCRIBER && row.signed().contains(SignerRole.CLINICIAN)
                    && !row.signed().contains(SignerRole.PHYSICIAN)) {
                tasks.add(owed(row, new DocumentationTask(text.apply("careplan.task.physician", null), row.clientName(),
                        text.apply("careplan.task.physicianWhat", version), written, null, plan, false)));
            }
        }
        return tasks;
    }

    private static Owed owed(QueueStore.Row row, DocumentationTask task) {
        return new Owed(row.client(), task);
    }
}
