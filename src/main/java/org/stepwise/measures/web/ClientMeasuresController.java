package org.stepwise.measures.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.measures.MeasureAdministration;
import org.stepwise.measures.MeasureHistory;
import org.stepwise.measures.MeasureOptions;
import org.stepwise.measures.MeasureRecording;
import org.stepwise.shared.ClientId;

/** A client's administrations: record one (scored and stored), read them all. Both audited. */
@RestController
class ClientMeasuresController {

    private final MeasureRecording recording;
    private final MeasureHistory history;
    private final Validator validator;

    ClientMeasuresController(MeasureRecording recording, MeasureHistory history, Validator validator) {
        this.recording = recording;
        this.history = history;
        this.validator = validator;
    }

    record RecordMeasureForm(
            @NotBlank(message = "instrument is required: one of the codes from GET /api/v1/instruments")
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "instrument is a code such as phq9 (lower-case "
                    + "letters, digits and dashes)") String instrument,
            @NotNull(message = "answers is required: one value per item, in order") List<@Nullable Object> answers,
            @Nullable @Size(max = 10, message = "sex is \"female\" or \"male\"") String sex,
            @Nullable Boolean recentBehavior,
            @Nullable LocalDate administeredOn) {}

    @PostMapping("/api/v1/clients/{clientId}/measures")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, @Nullable Object> record(@PathVariable UUID clientId, @RequestBody RecordMeasureForm form) {
        // Validated here rather than with @Valid, so that a caller without the permission is refused (403) before
        // being told what is wrong with the body.
        Set<ConstraintViolation<RecordMeasureForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        MeasureAdministration stored = recording.record(new ClientId(clientId), form.instrument(), form.answers(),
                new MeasureOptions(form.sex(), form.recentBehavior()), form.administeredOn());
        return json(stored);
    }

    @GetMapping("/api/v1/clients/{clientId}/measures")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    List<Map<String, @Nullable Object>> history(@PathVariable UUID clientId) {
        return history.view(new ClientId(clientId)).stream().map(ClientMeasuresController::json).toList();
    }

    private static Map<String, @Nullable Object> json(MeasureAdministration a) {
        Map<String, @Nullable Object> json = new LinkedHashMap<>();
        json.put("id", a.id().toString());
        json.put("clientId", a.client().toString());
        json.put("instrument", a.instrument());
        json.put("version", a.version());
        json.put("administeredOn", a.administeredOn().toString());
        json.put("enteredBy", a.enteredBy().toString());
        json.put("answers", a.answers());
        json.put("sex", a.sex());
        json.put("recentBehavior", a.recentBehavior());
        json.put("total", a.total());
        json.put("band", a.band());
        json.put("positive", a.positive());
        json.put("flags", a.flags());
        json.putAll(a.extraScores());
        json.put("createdAt", a.createdAt().toString());
        return json;
    }
}
