package org.stepwise.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;

/** Every message the aftercare pages ask for is in the aftercare bundle, and the bundle holds none unused. */
class AftercareMessagesTests {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|[\"'])(aftercare\\.[A-Za-z0-9_.]*)");

    private static Properties bundle() {
        return MessageBundleChecks.bundle("/i18n/aftercare.properties");
    }

    private static Set<String> used() {
        Set<String> keys = MessageBundleChecks.keysIn(KEY, "src/main/resources/templates/aftercare",
                "src/main/java/org/stepwise/aftercare");
        keys.removeIf(key -> key.endsWith("."));
        // Keys the templates build from a value.
        for (String field : new String[] {"providerName", "providerPhone", "providerAddress", "prescriber",
                "medicationsContinued", "refillPlan", "group.name", "group.when", "group.where", "referral.agency",
                "referral.contact"}) {
            keys.add("aftercare.field." + field);
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsInTheBundle() {
        Properties bundle = bundle();
        assertThat(used()).hasSizeGreaterThan(60).allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> used = used();
        assertThat(bundle().stringPropertyNames()).allSatisfy(key -> assertThat(used).contains(key));
    }
}
