package org.stepwise.consents.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.consents.ConsentId;
import org.stepwise.consents.Consents;
import org.stepwise.consents.DisclosureDecision;
import org.stepwise.consents.DisclosureRequest;
import org.stepwise.consents.Disclosures;
import org.stepwise.consents.NewRevocation;
import org.stepwise.consents.web.ConsentJson.ConsentRequest;
import org.stepwise.consents.web.ConsentJson.ConsentResource;
import org.stepwise.consents.web.ConsentJson.DecisionJson;
import org.stepwise.consents.web.ConsentJson.DisclosedResource;
import org.stepwise.consents.web.ConsentJson.DisclosureRequestJson;
import org.stepwise.consents.web.ConsentJson.DisclosureResource;
import org.stepwise.consents.web.ConsentJson.ExpiryEventRequest;
import org.stepwise.consents.web.ConsentJson.NoticeResource;
import org.stepwise.consents.web.ConsentJson.RevocationRequest;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.StaffDirectory;

/**
 * Consents, disclosure checks and the accounting of disclosures over the JSON API; see docs/api/consents.md. Reading
 * needs CLIENT_VIEW and the care-team rule; signing, revoking and recording a disclosure need CONSENT_MANAGE too.
 */
@RestController
class ConsentApi {

    private final Consents consents;
    private final Disclosures disclosures;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final StaffDirectory staff;

    ConsentApi(Consents consents, Disclosures disclosures, ChartAccess chartAccess, AuditLog audit,
            StaffDirectory staff) {
        this.consents = consents;
        this.disclosures = disclosures;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.staff = staff;
    }

    @GetMapping("/api/v1/clients/{clientId}/consents")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    List<ConsentResource> list(@PathVariable UUID clientId) {
        ConsentJson.Writer writer = writer();
        return consents.forClient(new ClientId(clientId)).stream().map(writer::consent).toList();
    }

    @PostMapping("/api/v1/clients/{clientId}/consents")
    @PreAuthorize("hasAuthority('CONSENT_MANAGE')")
    ResponseEntity<ConsentResource> sign(@PathVariable UUID clientId, @RequestBody ConsentRequest body) {
        Consents.Signed signed = consents.sign(new ClientId(clientId), body.toNew());
        ConsentResource resource = writer().consent(signed.consent());
        return signed.isNew()
                ? ResponseEntity.created(URI.create("/api/v1/consents/" + resource.id())).body(resource)
                : ResponseEntity.ok(resource);
    }

    @GetMapping("/api/v1/consents/{id}")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    ConsentResource get(@PathVariable UUID id) {
        return writer().consent(consents.get(new ConsentId(id)));
    }

    @PostMapping("/api/v1/consents/{id}/revocation")
    @PreAuthorize("hasAuthority('CONSENT_MANAGE')")
    ConsentResource revoke(@PathVariable UUID id, @RequestBody RevocationRequest body) {
        return writer().consent(consents.revoke(new ConsentId(id),
                new NewRevocation(body.revokedOn(), body.method(), body.note())));
    }

    @PostMapping("/api/v1/consents/{id}/expiry-event")
    @PreAuthorize("hasAuthority('CONSENT_MANAGE')")
    ConsentResource expiryEvent(@PathVariable UUID id, @RequestBody ExpiryEventRequest body) {
        return writer().consent(consents.recordExpiryEvent(new ConsentId(id), body.occurredOn(), body.note()));
    }

    /** The decision only: records no disclosure (the check itself is audited as a view of the client's consents). */
    @PostMapping("/api/v1/clients/{clientId}/disclosure-checks")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    DecisionJson check(@PathVariable UUID clientId, @RequestBody DisclosureRequestJson body) {
        ClientId client = new ClientId(clientId);
        DisclosureRequest request = DisclosureRequest.of(body.toNew(), consents.today());
        chartAccess.require(client);
        DisclosureDecision decision = disclosures.check(client, request);
        audit.record(AuditAction.VIEW, client, "disclosure check", request.recipient().describe() + " for "
                + request.purpose() + ": " + (decision.permitted() ? "permitted" : "refused"));
        return DecisionJson.of(decision, disclosures.redisclosureNotice());
    }

    @PostMapping("/api/v1/clients/{clientId}/disclosures")
    @PreAuthorize("hasAuthority('CONSENT_MANAGE')")
    ResponseEntity<DisclosedResource> disclose(@PathVariable UUID clientId, @RequestBody DisclosureRequestJson body) {
        Disclosures.Disclosed disclosed = disclosures.disclose(new ClientId(clientId),
                DisclosureRequest.of(body.toNew(), consents.today()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new DisclosedResource(
                writer().disclosure(disclosed.disclosure()), disclosed.decision().reason(), disclosed.notice()));
    }

    @GetMapping("/api/v1/clients/{clientId}/disclosures")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    List<DisclosureResource> accounting(@PathVariable UUID clientId) {
        ConsentJson.Writer writer = writer();
        return disclosures.accounting(new ClientId(clientId)).stream().map(writer::disclosure).toList();
    }

    @GetMapping("/api/v1/redisclosure-notice")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    NoticeResource notice() {
        return new NoticeResource(Disclosures.NOTICE_EDITION, disclosures.redisclosureNotice(),
                disclosures.abbreviatedRedisclosureNotice());
    }

    @ExceptionHandler(Disclosures.DisclosureRefusedException.class)
    ResponseEntity<ProblemDetail> refused(Disclosures.DisclosureRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Disclosure refused");
        problem.setProperty("decision", DecisionJson.of(e.decision(), null));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private ConsentJson.Writer writer() {
        return new ConsentJson.Writer(staff, consents.today());
    }
}
