package org.stepwise.followup.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.followup.FollowUp;
import org.stepwise.followup.FollowUps;
import org.stepwise.shared.InvalidRequestException;

/** Follow-ups after discharge for integrations (docs/api/follow-ups.md). */
@RestController
class FollowUpApi {

    private final FollowUps followUps;

    FollowUpApi(FollowUps followUps) {
        this.followUps = followUps;
    }

    /** An attempt as JSON: choices by name; version, the follow-up's as last read. */
    record AttemptBody(@Nullable Integer version, @Nullable String result, @Nullable String note,
            @Nullable Integer phq9Total, @Nullable Integer bamUseDays, @Nullable String housing,
            @Nullable String workOrSchool, @Nullable Boolean hospitalSinceDischarge, @Nullable String aftercare) {}

    @GetMapping("/api/v1/follow-ups")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    List<FollowUp> list(@RequestParam(required = false) @Nullable String mine) {
        boolean everyone = mine != null && mine.strip().equalsIgnoreCase("false");
        if (mine != null && !everyone && !mine.strip().equalsIgnoreCase("true")) {
            throw InvalidRequestException.forField("mine", "mine is true (your own follow-ups) or false (every one; "
                    + "the program director only).");
        }
        return followUps.needingSomeone(everyone);
    }

    @GetMapping("/api/v1/follow-ups/{id}")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    FollowUp one(@PathVariable UUID id) {
        return followUps.view(id);
    }

    @PostMapping("/api/v1/follow-ups/{id}/attempts")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    FollowUp attempt(@PathVariable UUID id, @RequestBody AttemptBody body) {
        AttemptForm.Read read = new AttemptForm(body.version() == null ? null : body.version().toString(),
                body.result(), body.note(), body.phq9Total() == null ? null : body.phq9Total().toString(),
                body.bamUseDays() == null ? null : body.bamUseDays().toString(), body.housing(), body.workOrSchool(),
                body.hospitalSinceDischarge() == null ? null : body.hospitalSinceDischarge().toString(),
                body.aftercare()).read();
        if (!read.errors().isEmpty()) {
            throw new InvalidRequestException("Nothing was saved: " + String.join(" ", read.errors().values()),
                    read.errors());
        }
        return followUps.recordAttempt(id, read.request());
    }
}
