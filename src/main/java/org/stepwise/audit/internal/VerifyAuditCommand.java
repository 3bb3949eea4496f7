package org.stepwise.audit.internal;

import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.stepwise.audit.AuditVerification;
import org.stepwise.audit.AuditVerifier;

/**
 * {@code java -jar stepwise.jar verify-audit}: verifies the audit log of the configured database, prints the verdict
 * and sets the exit code (0 intact, 1 not). Does nothing when the argument is absent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    /** The command-line argument that asks for a verification instead of the web app. */
    public static final String ARGUMENT = "verify-audit";

    private final AuditVerifier verifier;
    private final PrintStream out;
    private int exitCode;

    @Autowired
    VerifyAuditCommand(AuditVerifier verifier) {
        this(verifier, System.out);
    }

    /** Prints to {@code out} instead of standard output. */
    public VerifyAuditCommand(AuditVerifier verifier, PrintStream out) {
        this.verifier = verifier;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains(ARGUMENT)) {
            return;
        }
        AuditVerification verdict = verifier.verify();
        out.println(verdict.summary());
        out.flush();
        exitCode = verdict.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
