package org.stepwise.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditVerifier;
import org.stepwise.audit.internal.AuditCriteria;
import org.stepwise.audit.internal.AuditFilter;
import org.stepwise.audit.internal.AuditReport;
import org.stepwise.shared.InvalidRequestException;

/** The administrator's audit pages: the report with its filter, the CSV export and the chain verifier. */
@Controller
class AuditPageController {

    private final AuditReport report;
    private final AuditVerifier verifier;
    private final Clock clock;

    AuditPageController(AuditReport report, AuditVerifier verifier, Clock clock) {
        this.report = report;
        this.verifier = verifier;
        this.clock = clock;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String report(@ModelAttribute("filter") AuditFilter filter, @RequestParam(required = false) @Nullable String before,
            Model model, HttpServletResponse response) {
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("zone", report.zone().getId());
        model.addAttribute("recordNumbers", report.knowsRecordNumbers());
        model.addAttribute("errors", Map.of());
        try {
            AuditCriteria criteria = report.criteria(filter);
            Long position = AuditReport.before(before);
            AuditReport.Page page = report.page(criteria, AuditReport.DEFAULT_PAGE_SIZE, position);
            model.addAttribute("page", page);
            model.addAttribute("olderHref", page.nextBefore() == null ? null : href("/audit", filter, page.nextBefore()));
            model.addAttribute("newestHref", position == null ? null : href("/audit", filter, null));
            model.addAttribute("exportHref", href("/audit/export.csv", filter, null));
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", e.fieldErrors());
        }
        return "audit/report";
    }

    /** Streams the filtered events as CSV; the export is itself recorded in the audit log. */
    @GetMapping("/audit/export.csv")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    void export(@ModelAttribute AuditFilter filter, HttpServletResponse response) throws IOException {
        AuditCriteria criteria = report.criteria(filter);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"audit-events-" + LocalDate.now(clock) + ".csv\"");
        report.exportCsv(criteria, response.getWriter());
    }

    @GetMapping("/audit/verify")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String verify(Model model) {
        long started = System.nanoTime();
        model.addAttribute("verification", verifier.verify());
        model.addAttribute("seconds", String.format("%.1f", (System.nanoTime() - started) / 1e9));
        model.addAttribute("checkedAt", java.time.ZonedDateTime.now(clock)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")));
        return "audit/verify";
    }

    private static String href(String path, AuditFilter filter, @Nullable Long before) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filter.parameters().forEach(uri::queryParam);
        if (before != null) {
            uri.queryParam("before", before);
        }
        return uri.encode().build().toUriString();
    }
}
