package org.stepwise.clients.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSearch;
import org.stepwise.clients.internal.BreakGlass;
import org.stepwise.clients.internal.Client;
import org.stepwise.clients.internal.ClientManagement;
import org.stepwise.clients.web.ClientJson.BreakGlassResponse;
import org.stepwise.clients.web.ClientJson.ClientRequest;
import org.stepwise.clients.web.ClientJson.ClientResource;
import org.stepwise.clients.web.ClientJson.ReasonRequest;
import org.stepwise.clients.web.ClientJson.SearchResult;
import org.stepwise.clients.web.ClientJson.SearchResults;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;

/** The client registry's JSON API; see docs/api/clients.md. */
@RestController
@RequestMapping("/api/v1/clients")
class ClientApi extends ClientApiSupport {

    private final ClientRegistry registry;
    private final ClientManagement management;
    private final BreakGlass breakGlass;

    ClientApi(ClientRegistry registry, ClientManagement management, BreakGlass breakGlass) {
        this.registry = registry;
        this.management = management;
        this.breakGlass = breakGlass;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CLIENT_SEARCH')")
    SearchResults search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dob,
            @RequestParam(required = false) @Nullable String recordNumber,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable Integer limit) {
        ClientSearch search = new ClientSearch(q, dob, recordNumber, phone, null, null,
                limit == null ? ClientSearch.DEFAULT_LIMIT : limit);
        if (search.isEmpty()) {
            throw InvalidRequestException.forField("q", "Give at least one of q, dob, recordNumber or phone.");
        }
        return new SearchResults(registry.search(search).stream().map(SearchResult::of).toList());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CLIENT_CREATE')")
    ResponseEntity<ClientResource> create(@Valid @RequestBody ClientRequest body) {
        Client client = management.register(body.toDraft(), Boolean.TRUE.equals(body.confirmDuplicate()));
        return ResponseEntity.created(URI.create("/api/v1/clients/" + client.id())).body(ClientResource.of(client));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    ClientResource get(@PathVariable UUID id) {
        return ClientResource.of(management.open(new ClientId(id)).client());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('CLIENT_EDIT')")
    ClientResource update(@PathVariable UUID id, @Valid @RequestBody ClientRequest body) {
        if (body.version() == null) {
            throw InvalidRequestException.forField("version",
                    "Send the version you loaded (from GET /api/v1/clients/" + id + "), so that a concurrent change is "
                            + "not overwritten.");
        }
        management.revise(new ClientId(id), body.toDraft(), body.version());
        return ClientResource.of(management.current(new ClientId(id)));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('CLIENT_DELETE')")
    ResponseEntity<Void> delete(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable ReasonRequest body) {
        management.delete(new ClientId(id), body == null || body.reason() == null ? "" : body.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/break-glass")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    ResponseEntity<BreakGlassResponse> breakGlass(@PathVariable UUID id,
            @Valid @RequestBody(required = false) @Nullable ReasonRequest body) {
        BreakGlass.Grant grant = breakGlass.grant(new ClientId(id), body == null ? null : body.reason());
        BreakGlassResponse response = new BreakGlassResponse(grant.granted(),
                grant.granted() ? "BREAK_GLASS" : grant.before().name(), grant.expiresAt(), "/api/v1/clients/" + id);
        return ResponseEntity.status(grant.granted() ? HttpStatus.CREATED : HttpStatus.OK).body(response);
    }
}
