package org.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code java -jar stepwise.jar verify-audit} starts the application without the web server, verifies the audit log
 * and returns the exit code. Run here on a fresh test database, whose (empty) log is intact.
 */
@ExtendWith(OutputCaptureExtension.class)
class VerifyAuditCommandLineTests {

    @Test
    void verifiesWithoutTheWebServerAndExitsZeroWhenIntact(CapturedOutput output) {
        int exitCode = StepwiseApplication.verifyAudit(new String[] {"verify-audit", "--spring.profiles.active=test"});

        assertThat(exitCode).as(output.getAll()).isZero();
        assertThat(output.getOut()).contains("Audit log intact: 0 rows verified.");
        assertThat(output.getAll()).doesNotContain("Demo clinic loaded");
    }
}
