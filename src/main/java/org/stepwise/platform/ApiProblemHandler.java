package org.stepwise.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * Turns every failure of a JSON API call into RFC 9457 problem details with a message a person can act on. Never a
 * stack trace: an unexpected failure is logged here and answered with a plain 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors
                .putIfAbsent(result.getMethodParameter().getParameterName(), error.getDefaultMessage())));
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> errors.putIfAbsent(lastNode(v.getPropertyPath().toString()), v.getMessage()));
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), errors);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), e.fieldErrors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                "The body is not valid JSON of the expected shape: check each field's type (text, number, true/false, "
                        + "date as yyyy-mm-dd).",
                Map.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        String message = e instanceof MethodArgumentTypeMismatchException
                ? "'" + name + "' has the wrong form (an id is a UUID, a date is yyyy-mm-dd)."
                : "'" + name + "' is required.";
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", message, Map.of(name, message));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noRoute(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "There is no such API address; see docs/api.md.", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                "This address does not accept " + e.getMethod() + ".", Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Send the body as application/json.", Map.of());
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        String detail = e instanceof ConflictException ? e.getMessage()
                : "Someone else changed this record after you loaded it. Load it again and reapply your change.";
        return problem(HttpStatus.CONFLICT, "Conflict", detail, Map.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Refused", "The change breaks a rule of the record (a duplicate, a value out "
                + "of range, or a reference to something that does not exist). Nothing was saved.", Map.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e; // the security filters answer these with 401 or 403
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "Something went wrong on our side and nothing was changed. Try again; if it keeps happening, tell your "
                        + "administrator the time it happened.",
                Map.of());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            List<Map<String, String>> list = errors.entrySet().stream()
                    .map(entry -> Map.of("field", entry.getKey(), "message", String.valueOf(entry.getValue())))
                    .toList();
            problem.setProperty("errors", list);
        }
        return ResponseEntity.status(status).body(problem);
    }

    private static String summary(Map<String, String> errors) {
        if (errors.isEmpty()) {
            return "The request is not valid.";
        }
        return errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
