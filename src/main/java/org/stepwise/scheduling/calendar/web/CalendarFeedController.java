package org.stepwise.scheduling.calendar.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stepwise.scheduling.calendar.FeedDocuments;

/**
 * {@code GET /calendar/{token}.ics}: the feed a calendar app subscribes to. Open to callers without a sign-in, as
 * calendar apps cannot sign in: the 256-bit secret in the URL is the credential (docs/decisions/0008).
 */
@Controller
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FeedDocuments documents;

    CalendarFeedController(FeedDocuments documents) {
        this.documents = documents;
    }

    /** A malformed, unknown and revoked token get the same 404, so the answer tells a guesser nothing. */
    @GetMapping("/calendar/{token}.ics")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> feed(@PathVariable String token) {
        return documents.fetch(token)
                .map(calendar -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"calendar.ics\"")
                        .body(calendar))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore())
                        .body("There is no calendar at this address.\n"));
    }
}
