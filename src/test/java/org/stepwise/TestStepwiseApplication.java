package org.stepwise;

import org.springframework.boot.SpringApplication;

/**
 * Runs Stepwise for development against a throwaway embedded PostgreSQL loaded with the demo clinic: nothing is kept
 * between runs and nothing touches {@code ./data}. Start it from the IDE, or with {@code ./mvnw spring-boot:test-run};
 * the demo password is printed at start-up unless {@code STEPWISE_DEMO_PASSWORD} is set. The settings come from
 * {@code application-throwaway.yml}; command-line arguments (e.g. {@code --server.port=9090}) override them.
 */
public class TestStepwiseApplication {

    public static void main(String[] args) {
        SpringApplication.from(StepwiseApplication::main).withAdditionalProfiles("throwaway").run(args);
    }
}
