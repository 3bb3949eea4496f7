package org.stepwise;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Stepwise: the software an Intensive Outpatient Program runs on. One application, one module per part of the clinic's work. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StepwiseApplication {

    /** {@code verify-audit}: check the audit log's hash chain and exit (0 intact, 1 not, 2 could not check). */
    static final String VERIFY_AUDIT = "verify-audit";

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(VERIFY_AUDIT)) {
            System.exit(verifyAudit(args));
        }
        SpringApplication.run(StepwiseApplication.class, args);
    }

    /** Runs without the web server and without loading demo data; the audit module's command does the work. */
    static int verifyAudit(String[] args) {
        String[] quiet = Stream.concat(Arrays.stream(args), Stream.of("--stepwise.demo.enabled=false",
                "--spring.main.banner-mode=off", "--spring.main.log-startup-info=false",
                "--logging.level.root=warn")).toArray(String[]::new);
        try {
            return SpringApplication.exit(new SpringApplicationBuilder(StepwiseApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(quiet));
        } catch (RuntimeException e) {
            System.err.println("Could not verify the audit log: " + e.getMessage());
            return 2;
        }
    }
}
