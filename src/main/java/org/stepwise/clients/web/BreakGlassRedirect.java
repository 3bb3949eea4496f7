package org.stepwise.clients.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.stepwise.clients.BreakGlassRequiredException;

/**
 * On every page of every module that shows a client's data: a care-team bound user outside the team is sent to the
 * page where they may state a reason, instead of a plain 403. (JSON API calls keep their 403 problem: the API's own
 * handler runs first for REST controllers.)
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BreakGlassRedirect {

    @ExceptionHandler(BreakGlassRequiredException.class)
    String toBreakGlass(BreakGlassRequiredException e) {
        return "redirect:" + e.pagePath();
    }
}
