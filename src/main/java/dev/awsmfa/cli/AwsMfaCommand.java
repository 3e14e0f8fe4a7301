package dev.awsmfa.cli;

import dev.awsmfa.Services;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code awsmfa}: refresh the MFA session of a profile (aws-mfa's whole job). */
@Command(name = "awsmfa", mixinStandardHelpOptions = true, version = "awsmfa")
public final class AwsMfaCommand implements Callable<Integer> {
    private final Services services;

    public AwsMfaCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        return 0;
    }
}
