package org.stepwise.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller method's {@code @PreAuthorize} before its arguments are bound, so that a caller without the
 * permission learns nothing from the request's shape (a missing parameter would otherwise answer 400 before the method
 * security check could answer 403). Method security still runs as well; this only moves the refusal earlier.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizeBeforeBinding implements WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method
                        && AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)) {
                    AuthorizationResult result = preAuthorize.authorize(
                            () -> SecurityContextHolder.getContext().getAuthentication(), invocationOf(method));
                    if (result != null && !result.isGranted()) {
                        throw new AccessDeniedException("Access denied");
                    }
                }
                return true;
            }
        });
    }

    /** The call about to happen, without its arguments: our expressions name authorities, never arguments. */
    private static MethodInvocation invocationOf(HandlerMethod handler) {
        Object bean = handler.getBean();
        Method method = handler.getMethod();
        return new MethodInvocation() {
            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Object[] getArguments() {
                return new Object[method.getParameterCount()];
            }

            @Override
            public Object proceed() {
                throw new UnsupportedOperationException("authorization only");
            }

            @Override
            public Object getThis() {
                return bean;
            }

            @Override
            public java.lang.reflect.AccessibleObject getStaticPart() {
                return method;
            }
        };
    }
}
