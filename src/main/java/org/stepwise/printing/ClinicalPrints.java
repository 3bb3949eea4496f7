package org.stepwise.printing;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.consents.Disclosures;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ClientId;

/**
 * Prints one client's clinical document and records the print in the audit log in the same transaction, so that a
 * PDF never leaves without its audit row. The caller has already checked chart access and read the document.
 */
@Service
public class ClinicalPrints {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final PdfRenderer renderer;
    private final Disclosures disclosures;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClinicalPrints(PdfRenderer renderer, Disclosures disclosures, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.renderer = renderer;
        this.disclosures = disclosures;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What to print. */
    public record PrintRequest(
            ClientId client,
            String template,
            Map<String, Object> model,
            String fileName,
            String auditSubject,
            String auditDetail,
            boolean part2) {}

    /**
     * Renders the template with the model plus {@code printedBy}, {@code printedAt} and, for Part 2 records,
     * {@code redisclosureNotice} (the lines of 42 CFR 2.32(a)(1), which {@code print/parts :: notice} shows), and audits a
     * PRINT with the client.
     */
    @Transactional
    public Pdf print(PrintRequest request) {
        Map<String, Object> model = new LinkedHashMap<>(request.model());
        model.put("printedBy", currentUser.require().displayName());
        model.put("printedAt", PRINTED.format(ZonedDateTime.now(clock)));
        if (request.part2()) {
            model.put("redisclosureNotice", disclosures.redisclosureNotice().lines().toList());
        }
        byte[] bytes = renderer.render(request.template(), model);
        audit.record(AuditAction.PRINT, request.client(), request.auditSubject(),
                request.auditDetail() + (request.part2() ? " (with the Part 2 redisclosure notice)" : ""));
        return new Pdf(bytes, request.fileName());
    }
}
