package org.stepwise.audit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.audit.AuditVerification;
import org.stepwise.audit.AuditVerifier;
import org.stepwise.audit.internal.AuditEventLine;
import org.stepwise.audit.internal.AuditFilter;
import org.stepwise.audit.internal.AuditReport;

/** The audit log for integrations: the filtered events, newest first, keyset-paged; and the chain verification. */
@RestController
class AuditApiController {

    private final AuditReport report;
    private final AuditVerifier verifier;

    AuditApiController(AuditReport report, AuditVerifier verifier) {
        this.report = report;
        this.verifier = verifier;
    }

    record Event(long seq, OffsetDateTime occurredAt, String username, String role, @Nullable UUID clientId,
            @Nullable String client, String action, String subject, @Nullable String detail,
            @Nullable String remoteAddress) {

        static Event of(AuditEventLine line) {
            return new Event(line.seq(), line.occurredAt().toOffsetDateTime(), line.username(), line.role(),
                    line.client() == null ? null : line.client().value(), line.clientLabel(), line.action(),
                    line.subject(), line.detail(), line.remoteAddress());
        }
    }

    /** {@code nextBefore}: pass it as {@code before} for the next (older) page; null on the last page. */
    record Events(List<Event> events, @Nullable Long nextBefore) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Verification(boolean intact, long rows, @Nullable Long firstProblemSeq, @Nullable String kind,
            @Nullable String problem) {

        static Verification of(AuditVerification verdict) {
            return new Verification(verdict.intact(), verdict.rows(), verdict.firstProblemSeq(),
                    verdict.kind() == null ? null : verdict.kind().name(), verdict.problem());
        }
    }

    @GetMapping("/api/v1/audit/events")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    Events events(@ModelAttribute AuditFilter filter, @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String before) {
        int size = AuditReport.limit(limit);
        Long position = AuditReport.before(before);
        AuditReport.Page page = report.page(report.criteria(filter), size, position);
        return new Events(page.events().stream().map(Event::of).toList(), page.nextBefore());
    }

    @GetMapping("/api/v1/audit/verification")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    Verification verification() {
        return Verification.of(verifier.verify());
    }
}
