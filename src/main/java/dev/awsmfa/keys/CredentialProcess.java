package dev.awsmfa.keys;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Platform;
import dev.awsmfa.mfa.ProgramRunner;
import dev.awsmfa.mfa.ShellCommandRunner;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.LongTermKeySource;
import dev.awsmfa.validation.StsLimits;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs a long-term profile's {@code credential_process} as botocore does (split into words by
 * {@link CommandWords}, no shell, stderr passed through) and reads the IAM user's keys from its stdout,
 * strictly: a JSON object with {@code Version} 1, non-empty {@code AccessKeyId} and {@code SecretAccessKey}, and no {@code SessionToken}
 * (a session cannot call GetSessionToken with MFA). Other members are ignored, as botocore ignores them. No
 * message holds the output: it is the secret.
 */
final class CredentialProcess {
    /** Long enough for a password manager's biometric or pinentry prompt. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The JSON is a few hundred bytes; more is a mistake, not keys. */
    static final int MAX_OUTPUT_BYTES = 64 * 1024;
    static final String RECIPE = "see README, 'Long-term keys out of plain text'";

    private final ProgramRunner programs;

    CredentialProcess(ProgramRunner programs) {
        this.programs = programs;
    }

    LongTermCredentials read(LongTermKeySource.FromCommand source) {
        String where = source.where();
        List<String> argv = CommandWords.of(source.commandLine());
        if (argv == null) {
            throw new AwsMfaException(ExitCode.BAD_FILE, where + (Platform.WINDOWS
                    ? " has an unbalanced double quote: close it (the line is split as a Windows program splits its "
                            + "command line, and run without a shell)."
                    : " has an unbalanced quote or ends in a backslash: quote it as for a POSIX shell (it is split "
                            + "with shlex and run without a shell)."));
        }
        if (argv.isEmpty()) {
            throw new AwsMfaException(ExitCode.BAD_FILE, where + " names no command.");
        }
        String program = "`" + argv.get(0) + "`";
        ProgramRunner.Finished finished;
        try {
            finished = programs.run(argv, TIMEOUT, MAX_OUTPUT_BYTES);
        } catch (ProgramRunner.Failure e) {
            throw failed(e, where, program);
        }
        if (finished.status() != 0) {
            throw new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, where + ": " + program + " exited with status "
                    + finished.status() + " (its own messages, if any, are above): run it yourself to see why.");
        }
        if (finished.overflowed()) {
            throw notKeys(where, "it printed more than " + (MAX_OUTPUT_BYTES / 1024) + " KiB");
        }
        return keys(new String(finished.stdout(), StandardCharsets.UTF_8), where);
    }

    /** The keys of the AWS JSON {@code output}, or a one-line refusal naming {@code where}. */
    static LongTermCredentials keys(String output, String where) {
        Map<String, Object> json;
        try {
            json = CredentialProcessJson.object(output);
        } catch (CredentialProcessJson.NotJson e) {
            throw notKeys(where, e.getMessage());
        }
        Object version = json.get("Version");
        if (!(version instanceof BigDecimal number) || number.compareTo(BigDecimal.ONE) != 0) {
            throw notKeys(where, version == null ? "it has no Version" : "its Version is not 1");
        }
        String keyId = requiredString(json, "AccessKeyId", where);
        String secret = requiredString(json, "SecretAccessKey", where);
        Object token = json.get("SessionToken");
        if (token != null && !"".equals(token)) {
            throw new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, where + " returned a session token: it must print "
                    + "the IAM user's long-term keys, e.g. aws-vault export --format=json --no-session.");
        }
        StsLimits.checkAccessKeyId(keyId, "the AccessKeyId printed by " + where);
        return new LongTermCredentials(keyId, secret);
    }

    private static String requiredString(Map<String, Object> json, String member, String where) {
        Object value = json.get(member);
        if (!(value instanceof String text) || text.isEmpty()) {
            throw notKeys(where, value == null ? "it has no " + member
                    : "its " + member + " is not a non-empty string");
        }
        return text;
    }

    private static AwsMfaException notKeys(String where, String why) {
        return new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, where + " did not print the keys as AWS's JSON ("
                + why + "): it must print {\"Version\": 1, \"AccessKeyId\": ..., \"SecretAccessKey\": ...}; " + RECIPE
                + ".");
    }

    private static AwsMfaException failed(ProgramRunner.Failure e, String where, String program) {
        switch (e.kind()) {
            case NOT_STARTED:
                return new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, where + ": " + program
                        + " could not be started (" + e.getMessage() + "): install it, or give its full path.", e);
            case TIMED_OUT:
                return new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, where + ": " + program
                        + " did not finish within " + ShellCommandRunner.seconds(TIMEOUT)
                        + " and was stopped: run it yourself to see why.", e);
            case INTERRUPTED:
                return new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, where + ": " + program + " was interrupted.", e);
            default:
                return new AwsMfaException(ExitCode.PROFILE_NOT_FOUND, where + ": cannot read the output of " + program
                        + ": " + e.getMessage(), e);
        }
    }
}
