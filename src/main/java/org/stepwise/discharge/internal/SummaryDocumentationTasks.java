package org.stepwise.discharge.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.today.DocumentationTask;
import org.stepwise.today.DocumentationTasks;

/**
 * "Discharge summary to sign" in the documentation queue of whoever discharged the client and so drafted it, from the
 * discharge until they sign it. One audit row per client the queue names.
 */
@Component
class SummaryDocumentationTasks implements DocumentationTasks {

    private final SummaryStore store;
    private final ClientRegistry registry;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    SummaryDocumentationTasks(SummaryStore store, ClientRegistry registry, AuditLog audit, MessageSource messages,
            Clock clock) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<DocumentationTask> tasksFor(StepwiseUser user) {
        if (!user.can(Permission.DISCHARGE)) {
            return List.of();
        }
        List<SummaryStore.Row> drafts = store.unsignedBy(user.staffId());
        if (drafts.isEmpty()) {
            return List.of();
        }
        Set<ClientId> named = new LinkedHashSet<>(drafts.stream().map(SummaryStore.Row::client).toList());
        Map<ClientId, ClientSummary> clients = registry.findAll(named);
        named.forEach(client -> audit.record(AuditAction.VIEW, client, "discharge summary", "documentation queue"));
        var locale = LocaleContextHolder.getLocale();
        return drafts.stream().filter(d -> clients.containsKey(d.client())).map(d -> new DocumentationTask(
                messages.getMessage("discharge.task.sign", null, locale),
                clients.get(d.client()).displayName(),
                messages.getMessage("discharge.task.what", new Object[] {d.content().figures().type().label(),
                        d.content().figures().dischargedOn().toString()}, locale),
                LocalDate.ofInstant(d.draftedAt(), clock.getZone()), null,
                "/clients/" + d.client() + "/episodes/" + d.episode() + "/discharge-summary", false)).toList();
    }
}
