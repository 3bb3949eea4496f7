package org.stepwise.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.NewPlacement;
import org.stepwise.intake.Placement;
import org.stepwise.intake.PlacementFramework;
import org.stepwise.intake.PlacementId;
import org.stepwise.intake.Placements;
import org.stepwise.intake.placement.FieldErrors;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;
import tools.jackson.databind.JsonNode;

/** A client's level-of-care placements: record one ({@code CLINICAL_WRITE}) and read them all ({@code CLINICAL_READ}). */
@RestController
class PlacementController {

    private final Placements placements;
    private final StaffDirectory staff;

    PlacementController(Placements placements, StaffDirectory staff) {
        this.placements = placements;
        this.staff = staff;
    }

    /** The form of {@code POST}: every field as JSON, read strictly by {@link JsonFields}. */
    record PlacementRequest(
            @Nullable JsonNode id,
            @Nullable JsonNode framework,
            @Nullable JsonNode ratings,
            @Nullable JsonNode justifications,
            @Nullable JsonNode candidacy,
            @Nullable JsonNode providedLevel,
            @Nullable JsonNode differenceReason,
            @Nullable JsonNode assessedOn,
            @Nullable JsonNode reassessOn) {}

    record StaffJson(String id, String name) {}

    record PlacementJson(
            String id,
            String clientId,
            String framework,
            String ruleTable,
            Map<String, Integer> ratings,
            Map<String, String> justifications,
            Candidacy candidacy,
            String indicatedLevel,
            List<String> drivers,
            List<String> reasons,
            String providedLevel,
            @Nullable String differenceReason,
            LocalDate assessedOn,
            LocalDate reassessOn,
            StaffJson assessedBy,
            Instant createdAt) {}

    @PostMapping("/api/v1/clients/{clientId}/placements")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    ResponseEntity<PlacementJson> record(@PathVariable UUID clientId, @RequestBody PlacementRequest request) {
        FieldErrors errors = new FieldErrors();
        JsonFields json = new JsonFields(errors);
        PlacementId id = placementId(json.text(request.id(), "id", false), errors);
        PlacementFramework framework = json.framework(request.framework());
        Map<String, @Nullable Integer> ratings = json.ratings(request.ratings());
        Map<String, @Nullable String> justifications = json.texts(request.justifications(), "justifications");
        Candidacy candidacy = json.candidacy(request.candidacy());
        LevelOfCare provided = json.level(request.providedLevel(), "providedLevel");
        String differenceReason = json.text(request.differenceReason(), "differenceReason", false);
        LocalDate assessedOn = json.date(request.assessedOn(), "assessedOn");
        LocalDate reassessOn = json.date(request.reassessOn(), "reassessOn");
        errors.throwIfAny();
        Placements.Recorded recorded = placements.record(new ClientId(clientId), new NewPlacement(id,
                Objects.requireNonNull(framework), ratings, justifications, Objects.requireNonNull(candidacy),
                Objects.requireNonNull(provided), differenceReason, assessedOn, reassessOn));
        return ResponseEntity.status(recorded.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(toJson(recorded.placement(), new HashMap<>()));
    }

    @GetMapping("/api/v1/clients/{clientId}/placements")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    List<PlacementJson> history(@PathVariable UUID clientId) {
        Map<StaffId, StaffJson> names = new HashMap<>();
        return placements.history(new ClientId(clientId)).stream().map(p -> toJson(p, names)).toList();
    }

    private static @Nullable PlacementId placementId(@Nullable String text, FieldErrors errors) {
        if (text == null) {
            return null;
        }
        try {
            return new PlacementId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            errors.add("id", "The id must be a UUID (or left out for a new one).");
            return null;
        }
    }

    private PlacementJson toJson(Placement p, Map<StaffId, StaffJson> names) {
        StaffJson assessedBy = names.computeIfAbsent(p.assessedBy(), id -> new StaffJson(id.toString(),
                staff.byId(id).map(StaffMember::displayName).orElse("")));
        return new PlacementJson(p.id().toString(), p.client().toString(), p.framework().key(), p.ruleTable(), p.ratings(),
                p.justifications(), p.candidacy(), p.indicatedLevel().code(), p.drivers(), p.reasons(),
                p.providedLevel().code(), p.differenceReason(), p.assessedOn(), p.reassessOn(), assessedBy, p.createdAt());
    }
}
