package org.stepwise.platform;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Times every {@code /api/v1} request, ahead of the security filters so that refused requests are timed too. */
@Configuration(proxyBeanMethods = false)
class ServerTimingConfiguration {

    @Bean
    FilterRegistrationBean<ServerTimingFilter> serverTimingFilter() {
        FilterRegistrationBean<ServerTimingFilter> registration = new FilterRegistrationBean<>(new ServerTimingFilter());
        registration.addUrlPatterns("/api/v1/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
