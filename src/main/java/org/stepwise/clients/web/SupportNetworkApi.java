package org.stepwise.clients.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.clients.internal.ClientManagement;
import org.stepwise.clients.internal.SupportPerson;
import org.stepwise.clients.web.ClientJson.SupportPersonRequest;
import org.stepwise.clients.web.ClientJson.SupportPersonResource;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;

/** A client's support network over the JSON API; see docs/api/clients.md. */
@RestController
@RequestMapping("/api/v1/clients/{id}/support-network")
class SupportNetworkApi extends ClientApiSupport {

    private final ClientManagement management;

    SupportNetworkApi(ClientManagement management) {
        this.management = management;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CLIENT_EDIT')")
    ResponseEntity<SupportPersonResource> add(@PathVariable UUID id, @Valid @RequestBody SupportPersonRequest body) {
        SupportPerson person = management.addSupportPerson(new ClientId(id), body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/support-network/" + person.id()))
                .body(SupportPersonResource.of(person));
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    SupportPersonResource get(@PathVariable UUID id, @PathVariable UUID personId) {
        return SupportPersonResource.of(management.open(new ClientId(id)).client().supportPerson(personId));
    }

    @PutMapping("/{personId}")
    @PreAuthorize("hasAuthority('CLIENT_EDIT')")
    SupportPersonResource change(@PathVariable UUID id, @PathVariable UUID personId,
            @Valid @RequestBody SupportPersonRequest body) {
        if (body.version() == null) {
            throw InvalidRequestException.forField("version", "Send the version of the support person you loaded.");
        }
        return SupportPersonResource.of(
                management.changeSupportPerson(new ClientId(id), personId, body.toDraft(), body.version()));
    }

    @DeleteMapping("/{personId}")
    @PreAuthorize("hasAuthority('CLIENT_EDIT')")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID personId) {
        management.removeSupportPerson(new ClientId(id), personId);
        return ResponseEntity.noContent().build();
    }
}
