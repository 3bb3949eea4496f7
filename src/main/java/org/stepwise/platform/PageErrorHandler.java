package org.stepwise.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/** The page-side twin of {@link ApiProblemHandler}: a friendly error page with the status and what to do next. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, e.getMessage(), response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noPage(NoResourceFoundException e, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, "There is no such page.", response);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalid(InvalidRequestException e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage(), response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "The address is not valid: a part of it has the wrong form or is missing.",
                response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletResponse response) {
        return page(HttpStatus.METHOD_NOT_ALLOWED, "This page does not accept that kind of request.", response);
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    ModelAndView conflict(RuntimeException e, HttpServletResponse response) {
        String message = e instanceof ConflictException ? e.getMessage()
                : "Someone else changed this record after you opened it. Open it again and reapply your change.";
        return page(HttpStatus.CONFLICT, message, response);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e, HttpServletResponse response) {
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return page(HttpStatus.CONFLICT, "The change breaks a rule of the record (a duplicate, a value out of range, "
                + "or a reference to something that does not exist). Nothing was saved.", response);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side and nothing was changed. "
                + "Try again; if it keeps happening, tell your administrator the time it happened.", response);
    }

    private static ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
        response.setStatus(status.value());
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("title", status.getReasonPhrase());
        view.addObject("message", message);
        return view;
    }
}
