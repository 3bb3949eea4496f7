package org.stepwise.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings a clinic may tune.
 *
 * @param maxFailedLogins failed password or code attempts in a row before the account locks
 * @param lockout how long a locked account stays locked
 * @param apiTokenLifetime how long a token from {@code POST /api/v1/auth/token} is valid
 */
@ConfigurationProperties("stepwise.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("8h") Duration apiTokenLifetime) {}
