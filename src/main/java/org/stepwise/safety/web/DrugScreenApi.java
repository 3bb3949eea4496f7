package org.stepwise.safety.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.safety.ClientScreens;
import org.stepwise.safety.DrugScreen;
import org.stepwise.safety.DrugScreens;
import org.stepwise.safety.HomeAssessment;
import org.stepwise.safety.HomeAssessments;
import org.stepwise.safety.NewDrugScreen;
import org.stepwise.safety.Prescription;
import org.stepwise.safety.ScreenDue;
import org.stepwise.shared.ClientId;

/** Drug screens, prescriptions, the screens due today and home environment assessments as JSON. */
@RestController
class DrugScreenApi {

    private final DrugScreens screens;
    private final HomeAssessments homes;

    DrugScreenApi(DrugScreens screens, HomeAssessments homes) {
        this.screens = screens;
        this.homes = homes;
    }

    record ResultJson(String substance, String result, String reading) {}

    record ScreenJson(String id, String clientId, String episodeId, String panel, LocalDate collectedOn,
            boolean observed, List<String> unexpectedPositives, List<String> expectedPositives,
            List<ResultJson> results, String recordedBy, Instant recordedAt) {}

    record PrescriptionJson(String id, String substance, String medication, String addedBy, Instant addedAt) {}

    record ClientScreensJson(String clientId, @Nullable String episodeId, boolean screened, String panel,
            List<String> substances, int screensPerFourWeeks, boolean dueToday,
            @Nullable Long daysSinceUnexpectedPositive, List<PrescriptionJson> prescribed, List<ScreenJson> screens) {}

    record ScreenBody(@Nullable UUID id, @Nullable String collectedOn, @Nullable Boolean observed,
            @Nullable Map<String, String> results) {}

    record PrescriptionBody(@Nullable String substance, @Nullable String medication) {}

    record DueJson(String clientId, String clientName, String recordNumber, String program, LocalDate dueOn) {}

    record HomeJson(String id, boolean supportsRecovery, String summary, LocalDate assessedOn, String assessedBy,
            Instant recordedAt) {}

    record HomeBody(@Nullable UUID id, @Nullable Boolean supportsRecovery, @Nullable String summary,
            @Nullable String assessedOn) {}

    @GetMapping("/api/v1/clients/{clientId}/drug-screens")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    ClientScreensJson forClient(@PathVariable UUID clientId) {
        ClientScreens s = screens.view(new ClientId(clientId));
        return new ClientScreensJson(s.client().toString(), s.episode() == null ? null : s.episode().value().toString(),
                s.screened(), s.panel().name(), s.panel().substances(), s.perFourWeeks(), s.dueToday(),
                s.daysSinceUnexpectedPositive(), s.prescribed().stream().map(DrugScreenApi::json).toList(),
                s.screens().stream().map(DrugScreenApi::json).toList());
    }

    @PostMapping("/api/v1/clients/{clientId}/drug-screens")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    ScreenJson record(@PathVariable UUID clientId, @RequestBody ScreenBody body) {
        return json(screens.record(new ClientId(clientId), new NewDrugScreen(body.id(), body.collectedOn(),
                body.observed(), body.results() == null ? Map.of() : body.results())));
    }

    @PostMapping("/api/v1/clients/{clientId}/prescribed-substances")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    List<PrescriptionJson> prescribe(@PathVariable UUID clientId, @RequestBody PrescriptionBody body) {
        return screens.prescribe(new ClientId(clientId), body.substance(), body.medication()).stream()
                .map(DrugScreenApi::json).toList();
    }

    @GetMapping("/api/v1/drug-screens/due")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    List<DueJson> due() {
        return screens.dueToday().stream().map(DrugScreenApi::json).toList();
    }

    @GetMapping("/api/v1/clients/{clientId}/home-environment")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    List<HomeJson> homes(@PathVariable UUID clientId) {
        return homes.view(new ClientId(clientId)).stream().map(DrugScreenApi::json).toList();
    }

    @PostMapping("/api/v1/clients/{clientId}/home-environment")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    HomeJson assess(@PathVariable UUID clientId, @RequestBody HomeBody body) {
        return json(homes.assess(new ClientId(clientId), body.id(), body.supportsRecovery(), body.summary(),
                body.assessedOn()));
    }

    private static ScreenJson json(DrugScreen d) {
        return new ScreenJson(d.id().toString(), d.client().toString(), d.episode().value().toString(), d.panelName(),
                d.collectedOn(), d.observed(), d.unexpectedPositives(), d.expectedPositives(),
                d.results().stream().map(r -> new ResultJson(r.substance(), r.result().name(), r.reading().name()))
                        .toList(), d.recordedByName(), d.recordedAt());
    }

    private static PrescriptionJson json(Prescription p) {
        return new PrescriptionJson(p.id().toString(), p.substance(), p.medication(), p.addedByName(), p.addedAt());
    }

    private static DueJson json(ScreenDue d) {
        return new DueJson(d.client().toString(), d.clientName(), d.recordNumber(), d.programName(), d.dueOn());
    }

    private static HomeJson json(HomeAssessment a) {
        return new HomeJson(a.id().toString(), a.supportsRecovery(), a.summary(), a.assessedOn(), a.assessedByName(),
                a.recordedAt());
    }
}
