package org.stepwise.intake.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where each framework's rule table comes from. A clinic replaces a table without code changes, for example
 * {@code stepwise.level-of-care.substance-use=file:/etc/stepwise/su.json} (or the environment variable
 * {@code STEPWISE_LEVELOFCARE_SUBSTANCEUSE}); the application refuses to start if a table is invalid.
 */
@ConfigurationProperties("stepwise.level-of-care")
public record LevelOfCareProperties(
        @DefaultValue("classpath:level-of-care/substance-use.json") Resource substanceUse,
        @DefaultValue("classpath:level-of-care/mental-health.json") Resource mentalHealth) {}
