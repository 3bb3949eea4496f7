package org.stepwise.intake.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.PlacementFramework;
import org.stepwise.intake.Placements;
import org.stepwise.intake.Recommendation;
import org.stepwise.intake.placement.FieldErrors;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/level-of-care/recommendation}: the level that ratings and candidacy answers call for. Open to
 * every signed-in user because it reads no client data and stores nothing (a kiosk or a teaching tool may call it).
 */
@RestController
class LevelOfCareController {

    private final Placements placements;

    LevelOfCareController(Placements placements) {
        this.placements = placements;
    }

    record RecommendationRequest(@Nullable JsonNode framework, @Nullable JsonNode ratings, @Nullable JsonNode candidacy) {}

    record RecommendationResponse(String level, List<String> drivers, List<String> reasons) {

        static RecommendationResponse of(Recommendation recommendation) {
            return new RecommendationResponse(recommendation.level().code(), recommendation.drivers(),
                    recommendation.reasons());
        }
    }

    @PostMapping("/api/v1/level-of-care/recommendation")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    RecommendationResponse recommend(@RequestBody RecommendationRequest request) {
        FieldErrors errors = new FieldErrors();
        JsonFields json = new JsonFields(errors);
        PlacementFramework framework = json.framework(request.framework());
        Map<String, @Nullable Integer> ratings = json.ratings(request.ratings());
        Candidacy candidacy = json.candidacy(request.candidacy());
        errors.throwIfAny();
        return RecommendationResponse.of(placements.recommend(Objects.requireNonNull(framework), ratings,
                Objects.requireNonNull(candidacy)));
    }
}
