package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Secrets;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.files.CredentialsLock;
import dev.awsmfa.keys.KeyStore;
import dev.awsmfa.keys.KeyStores;
import dev.awsmfa.keys.KeysGetLine;
import dev.awsmfa.mfa.Terminal;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.SettingsResolver;
import dev.awsmfa.validation.StsLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code --setup}: asks for the long-term keys, the MFA device (picked from the user's devices as IAM lists them
 * to these keys, else typed) and the region on the terminal and
 * records them (keys and {@code aws_mfa_device} in the long-term credentials section, region in the
 * profile's config section) through the lossless editor, so {@code awsmfa --profile NAME} needs no
 * flags afterwards. An existing long-term section is only replaced when the user says so. Only the secret
 * key is typed hidden; a refused answer is asked again; nothing is written before the user confirms a
 * summary (key id masked, secret by length only).
 */
public final class SetupService {
    private static final int ATTEMPTS = 3;
    private static final String DEFAULT_REGION = "us-east-1";

    private final Terminal terminal;
    private final AwsFiles files;
    private final Env env;
    private final OwnMfaDevices devices;
    private final Reporter reporter;

    private final KeyStores stores;

    public SetupService(Terminal terminal, AwsFiles files, Env env, IamGatewayFactory iam, KeyStores stores,
            Reporter reporter) {
        this.terminal = terminal;
        this.files = files;
        this.env = env;
        this.devices = new OwnMfaDevices(iam);
        this.stores = stores;
        this.reporter = reporter;
    }

    public void run(RefreshOptions options) {
        try (CredentialsLock lock = files.lock(reporter::info)) {
            ProfileDocument credentials = files.credentials();
            ProfileDocument config = files.config();
            SettingsResolver.Sections sections = new SettingsResolver(env, credentials, config).sections(options);
            String longTerm = sections.longTerm();
            files.checkWritable(ProfileFileKind.CREDENTIALS);
            if (credentials.profile(longTerm).isPresent() && !yes(ask("[" + longTerm + "] already exists in "
                    + credentials.fileName() + ". Replace its keys? [y/N] "), false)) {
                reporter.info("Left [" + longTerm + "] unchanged.");
                return;
            }
            String keyId = answer("AWS access key id for [" + longTerm + "]: ", false,
                    typed -> StsLimits.checkAccessKeyId(typed, "the access key id you entered"));
            String secret = answer("AWS secret access key (typing is hidden): ", true, SetupService::checkSecret);
            Optional<String> given = options.get(RefreshOption.DEVICE);
            given.ifPresent(device -> StsLimits.checkSerial(device, "--device"));
            Optional<String> givenRegion = options.get(RefreshOption.REGION);
            givenRegion.ifPresent(region -> StsLimits.checkRegion(region, "--region"));
            SettingsResolver resolver = new SettingsResolver(env, credentials, config);
            StsTarget iam = new StsTarget(new LongTermCredentials(keyId, secret), iamRegion(givenRegion, resolver,
                    sections), resolver.iamEndpoint(sections.profile().value(), longTerm), RefreshService.STS_TIMEOUT);
            String device = given.isEmpty() ? chooseDevice(iam) : StsLimits.isDeviceName(given.get())
                    ? devices.resolve(given.get(), "--device", iam) : given.get();
            String region = givenRegion.isPresent() ? givenRegion.get() : answer("Region (e.g. eu-west-1; Enter for none): ",
                    false, typed -> {
                        if (!typed.isEmpty()) {
                            StsLimits.checkRegion(typed, "the region you entered");
                        }
                    });
            Optional<KeyStore> store = chooseStore(longTerm, credentials.fileName());
            String profile = sections.profile().value();
            Optional<String> configured = config.profile(profile).flatMap(s -> s.get(AwsKeys.REGION));
            boolean writeRegion = !region.isEmpty() && !Optional.of(region).equals(configured);
            reporter.info("About to write [" + longTerm + "] to " + credentials.fileName() + ": access key id "
                    + Secrets.maskKeyId(keyId) + ", the secret key (" + secret.length() + " characters)"
                    + (store.isPresent() ? " kept in " + store.get().where(longTerm) : "") + ", MFA device "
                    + device + (writeRegion ? "; and region " + region + " for profile " + profile + " to "
                    + config.fileName() : "") + ".");
            if (!yes(ask("Write it? [Y/n] "), true)) {
                reporter.info("Nothing written.");
                return;
            }
            Map<String, String> keys = new LinkedHashMap<>();
            if (store.isPresent()) {
                // In the store first, read back: the file is pointed at a copy known to be good.
                store.get().putVerified(longTerm, new LongTermCredentials(keyId, secret));
                keys.put(AwsKeys.ACCESS_KEY_ID, null);
                keys.put(AwsKeys.SECRET_ACCESS_KEY, null);
                keys.put(AwsKeys.CREDENTIAL_PROCESS, KeysGetLine.of(store.get().name(), longTerm));
            } else {
                keys.put(AwsKeys.ACCESS_KEY_ID, keyId);
                keys.put(AwsKeys.SECRET_ACCESS_KEY, secret);
                if (credentials.profile(longTerm).flatMap(section -> section.get(AwsKeys.CREDENTIAL_PROCESS))
                        .flatMap(KeysGetLine::parse).isPresent()) {
                    // The typed keys replace those awsmfa's line read from a store.
                    keys.put(AwsKeys.CREDENTIAL_PROCESS, null);
                }
            }
            keys.put(AwsKeys.LEGACY_MFA_DEVICE, device);
            files.update(lock, credentials, document -> document.withProfileValues(longTerm, keys));
            reporter.info("Wrote [" + longTerm + "] to " + credentials.fileName() + ".");
            if (writeRegion) {
                Map<String, String> regionKey = Map.of(AwsKeys.REGION, region);
                files.update(lock, config, document -> document.withProfileValues(profile, regionKey));
                reporter.info("Set region " + region + " for profile " + profile + " in " + config.fileName() + ".");
            }
            reporter.info("Done: run 'awsmfa --profile " + profile + "' to get a session.");
        }
    }

    /**
     * Where the keys are kept: the credentials file (Enter, as aws-mfa keeps them), or one of the stores that look
     * usable here; not asked when none does.
     */
    private Optional<KeyStore> chooseStore(String longTerm, String credentialsFile) {
        List<KeyStore> usable = stores.usable();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        reporter.info("Where should the keys be kept? A store is read only when a new session is made:");
        reporter.info("  1) " + credentialsFile + ", in plain text (as aws-mfa and the AWS CLI keep them)");
        for (int i = 0; i < usable.size(); i++) {
            reporter.info("  " + (i + 2) + ") " + usable.get(i).name() + ": " + usable.get(i).where(longTerm));
        }
        String picked = answerAs("Keep them in (1-" + (usable.size() + 1) + ") [1]: ", false, typed -> {
            if (typed.isEmpty() || typed.equals("1")) {
                return "";
            }
            for (int i = 0; i < usable.size(); i++) {
                if (typed.equals(String.valueOf(i + 2)) || typed.equals(usable.get(i).name())) {
                    return usable.get(i).name();
                }
            }
            throw new AwsMfaException(ExitCode.INVALID_INPUT, "There is no choice '" + typed + "': type 1-"
                    + (usable.size() + 1) + ", or Enter for the credentials file.");
        });
        for (KeyStore store : usable) {
            if (store.name().equals(picked)) {
                return Optional.of(store);
            }
        }
        return Optional.empty();
    }

    /**
     * The device, picked by number from the user's devices as IAM lists them (security keys shown, not offered),
     * else typed: when IAM refuses the list, or the user has no device STS can use.
     */
    private String chooseDevice(StsTarget iam) {
        List<MfaDevice> listed;
        try {
            listed = devices.list(iam);
        } catch (IamFailure failure) {
            reporter.warn(failure.reason() + "; type the device ARN.");
            return typedDevice();
        }
        List<MfaDevice> usable = new ArrayList<>();
        for (MfaDevice device : listed) {
            if (!device.securityKey()) {
                usable.add(device);
            }
        }
        if (listed.isEmpty()) {
            reporter.info("IAM lists no MFA device for this user (IAM > Users > Security credentials assigns one); "
                    + "type the device ARN.");
            return typedDevice();
        }
        reporter.info("MFA devices of this IAM user:");
        for (MfaDevice device : listed) {
            String enabled = device.enabled().isPresent() ? " (enabled " + device.enabled().get().toString()
                    .substring(0, 10) + ")" : "";
            reporter.info(device.securityKey() ? "   -  " + device.serialNumber() + " (security key or passkey: AWS "
                    + "takes it for console sign-in only, not for the CLI)"
                    : "  " + (usable.indexOf(device) + 1) + ") " + device.serialNumber() + enabled);
        }
        if (usable.isEmpty()) {
            reporter.info("None of them can sign CLI calls; type the ARN of a virtual or hardware TOTP device.");
            return typedDevice();
        }
        String question = usable.size() == 1 ? "MFA device [1]: " : "MFA device (1-" + usable.size() + ", or an ARN): ";
        return answerAs(question, false, typed -> picked(typed, usable, listed));
    }

    private static String picked(String typed, List<MfaDevice> usable, List<MfaDevice> listed) {
        if (typed.isEmpty()) {
            if (usable.size() == 1) {
                return usable.get(0).serialNumber();
            }
            throw new AwsMfaException(ExitCode.INVALID_INPUT, "No device picked: type 1-" + usable.size()
                    + ", or an ARN.");
        }
        if (isSmallNumber(typed)) {
            int number = Integer.parseInt(typed);
            if (number < 1 || number > usable.size()) {
                throw new AwsMfaException(ExitCode.INVALID_INPUT, "There is no device " + number + ": pick 1-"
                        + usable.size() + ".");
            }
            return usable.get(number - 1).serialNumber();
        }
        StsLimits.checkSerial(typed, "the device you entered");
        return StsLimits.isDeviceName(typed) ? OwnMfaDevices.named(typed, "the device you entered", listed) : typed;
    }

    /** One or two digits: a number from the list, never a device (a serial or a name has more). */
    private static boolean isSmallNumber(String typed) {
        return typed.length() <= 2 && Character.isDigit(typed.charAt(0))
                && Character.isDigit(typed.charAt(typed.length() - 1));
    }

    private String typedDevice() {
        return answer("MFA device ARN (arn:aws:iam::ACCOUNT:mfa/NAME): ", false, typed -> {
            StsLimits.checkSerial(typed, "the device you entered");
            if (StsLimits.isDeviceName(typed)) {
                throw new AwsMfaException(ExitCode.INVALID_INPUT, "'" + typed + "' is a device name, and IAM did not "
                        + "list the devices to look it up: type its ARN.");
            }
        });
    }

    /** IAM is global: the region only picks the partition (aws, aws-cn, aws-us-gov). */
    private static String iamRegion(Optional<String> givenRegion, SettingsResolver resolver,
            SettingsResolver.Sections sections) {
        Optional<String> region = givenRegion.isPresent() ? givenRegion
                : resolver.configRegion(sections.profile().value(), sections.longTerm());
        try {
            StsLimits.checkRegion(region.orElse(DEFAULT_REGION), "the profile's region");
            return region.orElse(DEFAULT_REGION);
        } catch (AwsMfaException notARegion) {
            return DEFAULT_REGION;
        }
    }

    /**
     * Asks until the answer passes {@code check}: a typo in an ARN should not cost the keys typed before it.
     * After {@link #ATTEMPTS} refusals the last refusal ends the setup, so a script feeding answers cannot loop.
     */
    private String answer(String question, boolean secret, Consumer<String> check) {
        return answerAs(question, secret, typed -> {
            check.accept(typed);
            return typed;
        });
    }

    /** As {@link #answer}, the answer turned into what is recorded by {@code accept}. */
    private String answerAs(String question, boolean secret, Function<String, String> accept) {
        for (int attempt = 1; ; attempt++) {
            String typed = secret ? hidden(question) : ask(question);
            try {
                return accept.apply(typed);
            } catch (AwsMfaException refused) {
                if (attempt == ATTEMPTS) {
                    throw refused;
                }
                reporter.warn(refused.getMessage() + " Try again.");
            }
        }
    }

    private static void checkSecret(String secret) {
        if (secret.isEmpty() || secret.indexOf(' ') >= 0) {
            throw new AwsMfaException(ExitCode.INVALID_INPUT, secret.isEmpty() ? "No secret access key entered."
                    : "A secret access key has no spaces: paste it again from the IAM console.");
        }
    }

    private static boolean yes(String answer, boolean byDefault) {
        return answer.isEmpty() ? byDefault : answer.toLowerCase(Locale.ROOT).startsWith("y");
    }

    private String ask(String question) {
        return orNoTerminal(terminal.ask(question));
    }

    private String hidden(String question) {
        return orNoTerminal(terminal.prompt(question));
    }

    private static String orNoTerminal(Optional<String> answer) {
        return answer.map(String::trim).orElseThrow(() -> new AwsMfaException(ExitCode.NO_MFA_CODE,
                "--setup asks questions, and there is no terminal to ask on: run it in a terminal."));
    }
}
