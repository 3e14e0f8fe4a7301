package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.SecretScan;
import dev.awsmfa.testing.StsStub;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The most talkative runs awsmfa can make (DEBUG, which adds steps and stack traces; NOTSET is the same),
 * over success, reuse, every STS error, a dead endpoint and a bad file: neither stdout nor stderr
 * may hold any secret used, the MFA code included.
 */
class SecretScanIT {
    static final String CODE = "864209";
    static final String[] STS_ERRORS = {"error-mfa-invalid-code.xml:403", "error-mfa-unable-to-validate.xml:403",
        "error-invalid-client-token-id.xml:403", "error-signature-does-not-match.xml:403", "error-expired-token.xml:403",
        "error-request-expired.xml:400", "error-throttling.xml:400", "error-region-disabled.xml:403",
        "error-session-credentials.xml:403", "error-duration-exceeds-role-max.xml:400", "error-internal.xml:500"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "--log-level {0}")
    @ValueSource(strings = {"DEBUG"})
    void no_run_prints_a_secret(String level) {
        List<CliRun.Result> results = new ArrayList<>();
        try (StsStub sts = new StsStub().succeeding(43_200)) {
            AwsHome aws = home("ok", sts);
            results.add(run(aws, level, "--token", CODE));
            results.add(run(aws, level));
            results.add(run(aws, level, "--force", "--assume-role", "arn:aws:iam::123456789012:role/admin", "--token", CODE));
        }
        for (String error : STS_ERRORS) {
            String[] fileAndStatus = error.split(":");
            try (StsStub sts = new StsStub().failing(fileAndStatus[0], Integer.parseInt(fileAndStatus[1]))) {
                CliRun.Result result = run(home(fileAndStatus[0], sts), level, "--token", CODE);
                assertTrue(result.exitCode() > 0, result::toString);
                results.add(result);
            }
        }
        AwsHome dead = new AwsHome(dir.resolve("dead")).env("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:9");
        dead.credentials(longTermSection("dev"));
        results.add(run(dead, level, "--token", CODE));
        AwsHome broken = new AwsHome(dir.resolve("broken"));
        broken.credentials(longTermSection("dev") + "aws_secret_access_key = again\n");
        results.add(run(broken, level, "--token", CODE));

        assertEquals(STS_ERRORS.length + 5, results.size());
        assertTrue(results.stream().anyMatch(r -> r.err().contains("debug:")), "DEBUG lines were printed");
        for (CliRun.Result result : results) {
            SecretScan.assertNoSecret("output at " + level, result.out() + result.err());
            assertFalse((result.out() + result.err()).contains(CODE), result::toString);
        }
    }

    @Test
    void help_and_version_show_no_secret() {
        AwsHome aws = new AwsHome(dir);
        for (String flag : new String[] {"--help", "--version"}) {
            CliRun.Result result = AwsMfaProcess.with(aws.env()).run(flag);
            assertEquals(0, result.exitCode(), result::toString);
            SecretScan.assertNoSecret(flag, result.out() + result.err());
        }
    }

    private AwsHome home(String name, StsStub sts) {
        AwsHome aws = new AwsHome(dir.resolve(name)).env("AWS_ENDPOINT_URL_STS", sts.url());
        aws.credentials(longTermSection("dev"));
        return aws;
    }

    private static CliRun.Result run(AwsHome aws, String level, String... args) {
        List<String> all = new ArrayList<>(List.of("--profile", "dev", "--log-level", level));
        all.addAll(List.of(args));
        return AwsMfaProcess.with(aws.env()).run(all.toArray(String[]::new));
    }
}
