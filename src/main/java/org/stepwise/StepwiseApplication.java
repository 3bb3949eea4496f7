package org.stepwise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Stepwise: the software an Intensive Outpatient Program runs on. One application, one module per part of the clinic's work. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class StepwiseApplication {

    public static void main(String[] args) {
        SpringApplication.run(StepwiseApplication.class, args);
    }
}
