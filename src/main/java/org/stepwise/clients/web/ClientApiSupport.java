package org.stepwise.clients.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.stepwise.clients.BreakGlassRequiredException;
import org.stepwise.clients.internal.DuplicateClientException;
import org.stepwise.clients.internal.StaleClientException;
import tools.jackson.core.JacksonException;

/**
 * The registry API's own problem details, richer than the shared handler's: the break-glass address, the likely
 * duplicates, both versions of a conflicting edit, and the JSON property that has the wrong type. Declared on the
 * controllers so that they take precedence over the application-wide handler.
 */
abstract class ClientApiSupport {

    @ExceptionHandler(BreakGlassRequiredException.class)
    ResponseEntity<ProblemDetail> breakGlassRequired(BreakGlassRequiredException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Break-glass required", e.getMessage());
        problem.setProperty("breakGlassRequired", true);
        problem.setProperty("breakGlassUrl", e.apiPath());
        problem.setProperty("breakGlassPage", e.pagePath());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(DuplicateClientException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateClientException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Possible duplicate", e.getMessage()
                + " To register anyway, send the same request with \"confirmDuplicate\": true.");
        problem.setProperty("candidates", e.candidates().stream().map(ClientJson.SearchResult::of).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(StaleClientException.class)
    ResponseEntity<ProblemDetail> stale(StaleClientException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Edit conflict", e.getMessage()
                + " To keep your version, send it again with \"version\": " + e.current().version() + ".");
        problem.setProperty("current", ClientJson.DetailsResource.of(e.current().details(), e.current().version()));
        problem.setProperty("submitted", ClientJson.DetailsResource.of(e.submitted(), e.submittedVersion()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String field = e.getMostSpecificCause() instanceof JacksonException jackson ? fieldOf(jackson) : "";
        ProblemDetail problem;
        if (field.isEmpty()) {
            problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request body", "The body is not valid JSON of the "
                    + "expected shape: send an object whose fields are text, true/false or whole numbers as documented.");
        } else {
            String message = "'" + field + "' has the wrong type: see docs/api/clients.md for what it takes.";
            problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", message);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String fieldOf(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
        }
        return out.toString();
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
