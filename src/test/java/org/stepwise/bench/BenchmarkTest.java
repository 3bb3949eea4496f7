package org.stepwise.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A benchmark of the running application over real HTTP on a random port, on its own embedded PostgreSQL database
 * without the demo clinic: load a synthetic clinic with {@link BenchmarkClinic}, sign in with {@link ApiClient}, time
 * requests, write a {@link BenchmarkReport}. Benchmarks sharing this annotation share one application and database, so
 * the clinic is loaded once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "stepwise.demo.enabled=false")
@ActiveProfiles("test")
public @interface BenchmarkTest {}
