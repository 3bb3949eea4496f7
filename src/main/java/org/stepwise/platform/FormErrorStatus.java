package org.stepwise.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A form shown again because of errors is answered with 422 (Unprocessable Content) rather than 200, so that a client,
 * a proxy log or a test can tell a refused submission from a good one. The page is the same: the form with each error
 * beside its field. htmx is configured in the layout to swap 422 responses in.
 */
@Configuration(proxyBeanMethods = false)
class FormErrorStatus implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    @Nullable ModelAndView view) {
                if (view == null || response.getStatus() != HttpStatus.OK.value()) {
                    return;
                }
                boolean refused = view.getModel().values().stream()
                        .anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
                if (refused) {
                    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                }
            }
        });
    }
}
