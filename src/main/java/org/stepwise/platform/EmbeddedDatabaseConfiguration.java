package org.stepwise.platform;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the application when {@code STEPWISE_DB_URL} is not set, so that the demo, the tests
 * and the benchmarks need nothing installed but a JDK. Production points {@code STEPWISE_DB_URL} at any PostgreSQL 15+.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(StepwiseDatabaseProperties properties) {
        return EmbeddedDatabase.start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        return database.dataSource();
    }
}
