package org.stepwise.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.stepwise.StepwiseTest;

/**
 * The whole application with MockMvc, a settable clock and stand-in client labels. The audit tests share this one
 * context (and its database) and no other test does, because some of them tamper with the chain.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@StepwiseTest
@AutoConfigureMockMvc
@Import(AuditTestConfiguration.class)
@interface AuditContextTest {}
