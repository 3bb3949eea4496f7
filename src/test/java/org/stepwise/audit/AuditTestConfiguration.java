package org.stepwise.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.stepwise.shared.ClientId;

/**
 * What the audit tests add to the application: a clock they can set (in a fixed clinic time zone, so that day
 * boundaries are tested in a zone other than UTC), and a stand-in for the client registry's {@link ClientLabels}.
 * Both are primary, so the tests keep working once the client registry provides its own labels.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AuditTestConfiguration {

    public static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");

    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock(CLINIC_ZONE);
    }

    @Bean
    @Primary
    FakeClientLabels fakeClientLabels() {
        return new FakeClientLabels();
    }

    /** Follows real time unless a test sets it. */
    public static final class SettableClock extends Clock {

        private final ZoneId zone;
        private volatile @Nullable Instant fixed;

        SettableClock(ZoneId zone) {
            this.zone = zone;
        }

        public void set(Instant instant) {
            fixed = instant;
        }

        public void reset() {
            fixed = null;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return Clock.fixed(instant(), other);
        }

        @Override
        public Instant instant() {
            Instant at = fixed;
            return at != null ? at : Instant.now();
        }
    }

    /** Record numbers for the clients a test registers. */
    public static final class FakeClientLabels implements ClientLabels {

        private final Map<ClientId, String> numbers = new ConcurrentHashMap<>();

        public ClientId register(String recordNumber) {
            ClientId client = ClientId.random();
            numbers.put(client, recordNumber);
            return client;
        }

        public Optional<String> label(ClientId client) {
            return Optional.ofNullable(numbers.get(client));
        }

        @Override
        public Map<ClientId, String> labels(Set<ClientId> clients) {
            Map<ClientId, String> labels = new LinkedHashMap<>();
            clients.forEach(client -> label(client).ifPresent(label -> labels.put(client, label)));
            return labels;
        }

        @Override
        public Optional<ClientId> byRecordNumber(String recordNumber) {
            return numbers.entrySet().stream()
                    .filter(e -> e.getValue().equalsIgnoreCase(recordNumber.strip()))
                    .map(Map.Entry::getKey)
                    .findFirst();
        }
    }
}
