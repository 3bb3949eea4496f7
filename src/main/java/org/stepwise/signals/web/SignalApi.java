package org.stepwise.signals.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.signals.LevelOfCareSignal;
import org.stepwise.signals.LevelOfCareSignals;
import org.stepwise.signals.OpenSignal;
import org.stepwise.signals.SignalActionKind;
import org.stepwise.signals.SignalDirection;
import org.stepwise.signals.rules.Evidence;

/** Level-of-care signals for integrations (docs/api/signals.md). */
@RestController
class SignalApi {

    private final LevelOfCareSignals signals;

    SignalApi(LevelOfCareSignals signals) {
        this.signals = signals;
    }

    record ActionJson(String action, String reason, @Nullable LocalDate targetDate, @Nullable Integer extendDays,
            String by, Instant at) {}

    record SignalJson(String id, String clientId, @Nullable String clientName, @Nullable String recordNumber,
            String episodeId, String kind, String topic, String direction, String status, String summary,
            List<Evidence.Fact> evidence, Instant raisedAt, @Nullable Instant closedAt, int version,
            @Nullable ActionJson action) {}

    record PageJson(List<SignalJson> signals, long total, int page, int pageSize) {}

    record ActionBody(@Nullable Integer version, @Nullable String action, @Nullable String reason,
            @Nullable LocalDate targetDate, @Nullable Integer extendDays) {}

    @GetMapping("/api/v1/signals")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    PageJson open(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String direction,
            @RequestParam(required = false) @Nullable Integer page) {
        if (status != null && !status.equalsIgnoreCase("OPEN")) {
            throw InvalidRequestException.forField("status", "Only status=OPEN is listed across clients; a client's "
                    + "closed signals are at /api/v1/clients/{id}/signals.");
        }
        SignalDirection chosen = null;
        if (direction != null) {
            chosen = Arrays.stream(SignalDirection.values()).filter(d -> d.name().equalsIgnoreCase(direction.strip()))
                    .findFirst().orElseThrow(() -> InvalidRequestException.forField("direction",
                            "direction must be UP, DOWN or DUE."));
        }
        if (page != null && (page < 0 || page > 100_000)) {
            throw InvalidRequestException.forField("page", "page counts from 0.");
        }
        LevelOfCareSignals.Page result = signals.openForMe(chosen, page == null ? 0 : page);
        return new PageJson(result.signals().stream().map(SignalApi::json).toList(), result.total(), result.page(),
                result.pageSize());
    }

    @GetMapping("/api/v1/clients/{clientId}/signals")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    List<SignalJson> forClient(@PathVariable UUID clientId) {
        return signals.viewForClient(new ClientId(clientId)).stream().map(s -> json(s, null, null)).toList();
    }

    @PostMapping("/api/v1/signals/{signalId}/actions")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'PROGRAM_OVERSIGHT')")
    SignalJson act(@PathVariable UUID signalId, @RequestBody ActionBody body) {
        SignalActionKind action = null;
        if (body.action() != null) {
            action = SignalActionKind.fromCode(body.action().strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    InvalidRequestException.forField("action", "action must be one of " + SignalActionKind.codes()
                            + "."));
        }
        return json(signals.act(signalId, body.version(), action, body.reason(), body.targetDate(), body.extendDays()),
                null, null);
    }

    private static SignalJson json(OpenSignal open) {
        return json(open.signal(), open.clientName(), open.recordNumber());
    }

    private static SignalJson json(LevelOfCareSignal s, @Nullable String name, @Nullable String recordNumber) {
        LevelOfCareSignal.Action a = s.action();
        return new SignalJson(s.id().toString(), s.client().toString(), name, recordNumber, s.episode().toString(),
                s.kind().name(), s.topic(), s.direction().name(), s.status().name(), s.summary(), s.evidence(),
                s.raisedAt(), s.closedAt(), s.version(),
                a == null ? null : new ActionJson(a.kind().code(), a.reason(), a.targetDate(), a.extendDays(), a.by(),
                        a.at()));
    }
}
