package org.stepwise.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled {@code auto} loads the demo clinic into an empty embedded database; {@code true} or {@code false}
 *     force it on or off (an external database gets it only with STEPWISE_DEMO=true)
 * @param password the demo accounts' password; generated and printed at start-up when empty
 */
@ConfigurationProperties("stepwise.demo")
record DemoProperties(@DefaultValue("auto") String enabled, @DefaultValue("") String password) {}
