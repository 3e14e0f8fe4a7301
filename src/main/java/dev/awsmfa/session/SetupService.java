package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.files.CredentialsLock;
import dev.awsmfa.mfa.Terminal;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.SettingsResolver;
import dev.awsmfa.validation.StsLimits;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --setup}: asks for the long-term keys, the MFA device and the region on the terminal and
 * records them (keys and {@code aws_mfa_device} in the long-term credentials section, region in the
 * profile's config section) through the lossless editor, so {@code awsmfa --profile NAME} needs no
 * flags afterwards. An existing long-term section is only replaced when the user says so.
 */
public final class SetupService {
    private final Terminal terminal;
    private final AwsFiles files;
    private final Env env;
    private final Reporter reporter;

    public SetupService(Terminal terminal, AwsFiles files, Env env, Reporter reporter) {
        this.terminal = terminal;
        this.files = files;
        this.env = env;
        this.reporter = reporter;
    }

    public void run(RefreshOptions options) {
        try (CredentialsLock lock = files.lock(reporter::info)) {
            ProfileDocument credentials = files.credentials();
            ProfileDocument config = files.config();
            SettingsResolver.Sections sections = new SettingsResolver(env, credentials, config).sections(options);
            String longTerm = sections.longTerm();
            files.checkWritable(ProfileFileKind.CREDENTIALS);
            if (credentials.profile(longTerm).isPresent() && !ask("[" + longTerm + "] already exists in "
                    + credentials.fileName() + ". Replace its keys? [y/N] ").toLowerCase(Locale.ROOT).startsWith("y")) {
                reporter.info("Left [" + longTerm + "] unchanged.");
                return;
            }
            String keyId = ask("AWS access key id for [" + longTerm + "]: ");
            StsLimits.checkAccessKeyId(keyId, "the access key id you entered");
            String secret = ask("AWS secret access key: ");
            if (secret.isEmpty()) {
                throw new AwsMfaException(ExitCode.INVALID_INPUT, "No secret access key entered; nothing was written.");
            }
            String device = options.get(RefreshOption.DEVICE)
                    .orElseGet(() -> ask("MFA device ARN (arn:aws:iam::ACCOUNT:mfa/NAME): "));
            StsLimits.checkSerial(device, "setup");
            String region = options.get(RefreshOption.REGION)
                    .orElseGet(() -> ask("Region (e.g. eu-west-1; Enter for none): "));
            if (!region.isEmpty()) {
                StsLimits.checkRegion(region, "setup");
            }
            Map<String, String> keys = new LinkedHashMap<>();
            keys.put(AwsKeys.ACCESS_KEY_ID, keyId);
            keys.put(AwsKeys.SECRET_ACCESS_KEY, secret);
            keys.put(AwsKeys.LEGACY_MFA_DEVICE, device);
            files.update(lock, credentials, document -> document.withProfileValues(longTerm, keys));
            reporter.info("Wrote [" + longTerm + "] to " + credentials.fileName() + ".");
            String profile = sections.profile().value();
            Optional<String> configured = config.profile(profile).flatMap(s -> s.get(AwsKeys.REGION));
            if (!region.isEmpty() && !Optional.of(region).equals(configured)) {
                Map<String, String> regionKey = Map.of(AwsKeys.REGION, region);
                files.update(lock, config, document -> document.withProfileValues(profile, regionKey));
                reporter.info("Set region " + region + " for profile " + profile + " in " + config.fileName() + ".");
            }
            reporter.info("Done: run 'awsmfa --profile " + profile + "' to get a session.");
        }
    }

    private String ask(String question) {
        return terminal.prompt(question).map(String::trim).orElseThrow(() -> new AwsMfaException(ExitCode.NO_MFA_CODE,
                "--setup asks questions, and there is no terminal to ask on: run it in a terminal."));
    }
}
