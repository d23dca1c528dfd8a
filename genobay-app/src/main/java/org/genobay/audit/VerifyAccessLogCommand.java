package org.genobay.audit;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code ./genobay audit verify}: the application started without its web server only to verify the access log
 * against the configured database; exit status 0 when the chain is intact, 1 when it is broken.
 */
@Component
@ConditionalOnProperty(name = "genobay.command", havingValue = VerifyAccessLogCommand.NAME)
class VerifyAccessLogCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String NAME = "verify-access-log";

    private final AccessLogVerification verification;
    private int exitCode = 70;

    VerifyAccessLogCommand(AccessLogVerification verification) {
        this.verification = verification;
    }

    @Override
    public void run(ApplicationArguments args) {
        AccessLogVerification.Result result = verification.verify();
        PrintStream out = System.out;
        if (result.intact()) {
            out.printf("access log intact: %,d entries; head %s%n", result.entries(), result.head());
            exitCode = 0;
        } else {
            out.printf(
                    "access log BROKEN at entry %d: %s (%,d entries checked; head %s)%n",
                    result.firstBrokenEntry().orElseThrow(),
                    result.problem().orElseThrow(),
                    result.entries(),
                    result.head());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
