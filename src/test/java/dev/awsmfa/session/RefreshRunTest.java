package dev.awsmfa.session;

import static dev.awsmfa.testing.AwsHome.DEVICE;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.keys.LongTermKeyReader;
import dev.awsmfa.mfa.CommandRunner;
import dev.awsmfa.mfa.MfaCodeSource;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeIam;
import dev.awsmfa.testing.FakeSleeper;
import dev.awsmfa.testing.FakeSts;
import dev.awsmfa.testing.FakeTerminal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several profiles in one run, with a fake STS counting calls, a scripted terminal and a clock moved by sleeping. */
class RefreshRunTest {
    static final String BOB = "arn:aws:iam::123456789012:mfa/bob";
    static final String OTHER_KEY_ID = "AKIAI44QH8DHBEXAMPLE";
    /** 5 s into a TOTP step. */
    static final Instant NOW = Instant.ofEpochSecond(1_764_331_200L + 5);

    @TempDir
    Path dir;
    AwsHome aws;
    FakeSts sts;
    FakeTerminal terminal;
    FakeSleeper clock;
    final List<String> codesPrinted = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void setUp() {
        aws = new AwsHome(dir);
        aws.env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        sts = new FakeSts(NOW.plusSeconds(43_200));
        terminal = FakeTerminal.typing("111111", "222222", "333333");
        clock = new FakeSleeper(NOW, ZoneOffset.UTC);
    }

    List<ProfileOutcome> run(RefreshOptions options, String... profiles) {
        Env env = Env.of(aws.env());
        Reporter reporter = new Reporter() {
            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
        // A code command like `ykman oath accounts code`: the code of the step it runs in.
        CommandRunner totp = (line, source, timeout) -> {
            String code = String.valueOf(100_000 + clock.instant().getEpochSecond() / 30 % 900_000);
            codesPrinted.add(code);
            return code;
        };
        AwsFiles files = AwsFiles.of(env);
        RefreshService refresh = new RefreshService(files, env, clock, new MfaCodeSource(terminal, totp),
                new LongTermKeyReader(CliRun.NO_PROGRAMS), sts, FakeIam.unused(), reporter);
        RoleSessionService roles = new RoleSessionService(files, env, clock, refresh,
                new SessionStatusService(files, env, clock), sts, reporter);
        return new RefreshRun(refresh, roles, files, env, new NextCodeWait(clock, clock, reporter))
                .refresh(List.of(profiles), options);
    }

    static RefreshOptions options(Map<RefreshOption<?>, Object> values) {
        return new RefreshOptions() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Optional<T> get(RefreshOption<T> option) {
                return Optional.ofNullable((T) values.get(option));
            }
        };
    }

    static String section(String profile, String keyId, String device) {
        return longTermSection(profile).replace(AwsHome.LONG_TERM_KEY_ID, keyId).replace(DEVICE, device);
    }

    @Test
    void profiles_of_one_user_and_device_get_one_call_and_one_prompt_naming_both() {
        aws.credentials(longTermSection("a") + longTermSection("b"));
        List<ProfileOutcome> outcomes = run(RefreshOptions.NONE, "a", "b");
        assertEquals(1, sts.calls.size(), sts.calls::toString);
        assertEquals(1, terminal.prompts.size());
        assertTrue(terminal.prompts.get(0).contains("One code for " + DEVICE + " serves profiles a, b."),
                terminal.prompts::toString);
        assertEquals(ProfileOutcome.Result.REFRESHED, outcomes.get(0).result());
        assertEquals(ProfileOutcome.Result.REFRESHED, outcomes.get(1).result());
        assertEquals(Optional.of("a"), outcomes.get(1).sharedFrom());
        String credentials = aws.credentials();
        assertTrue(credentials.contains("[a]\nassumed_role = False\naws_access_key_id = " + FakeSts.SESSION_KEY_ID),
                credentials);
        assertTrue(credentials.contains("[b]\nassumed_role = False\naws_access_key_id = " + FakeSts.SESSION_KEY_ID),
                credentials);
        assertEquals(ExitCode.OK, ProfileOutcome.worst(outcomes));
    }

    @Test
    void two_devices_get_a_prompt_and_a_call_each_with_their_serial() {
        aws.credentials(longTermSection("a") + section("b", AwsHome.LONG_TERM_KEY_ID, BOB));
        run(RefreshOptions.NONE, "a", "b");
        assertEquals(2, terminal.prompts.size());
        assertTrue(terminal.prompts.get(0).contains(DEVICE) && terminal.prompts.get(1).contains(BOB),
                terminal.prompts::toString);
        assertEquals(List.of(DEVICE, BOB), List.of(sts.calls.get(0).serial(), sts.calls.get(1).serial()));
        assertEquals(List.of("111111", "222222"), List.of(sts.calls.get(0).code(), sts.calls.get(1).code()));
        assertEquals(Duration.ZERO, clock.slept(), "another device's code was never spent");
    }

    @Test
    void the_same_device_for_another_user_waits_for_its_next_code() {
        aws.credentials(longTermSection("a") + section("b", OTHER_KEY_ID, DEVICE));
        List<ProfileOutcome> outcomes = run(options(Map.of(RefreshOption.TOKEN_COMMAND, "ykman oath accounts code")),
                "a", "b");
        assertEquals(2, sts.calls.size(), sts.calls::toString);
        assertEquals(Duration.ofSeconds(25), clock.slept(), "until the next 30 s step");
        assertEquals(2, codesPrinted.size());
        assertTrue(!codesPrinted.get(0).equals(codesPrinted.get(1)), codesPrinted::toString);
        assertEquals(codesPrinted, List.of(sts.calls.get(0).code(), sts.calls.get(1).code()));
        assertEquals(ExitCode.OK, ProfileOutcome.worst(outcomes));
    }

    @Test
    void ctrl_c_during_the_wait_skips_that_profile_and_the_others_go_on() {
        aws.credentials(longTermSection("a") + section("b", OTHER_KEY_ID, DEVICE)
                + section("c", AwsHome.LONG_TERM_KEY_ID, BOB));
        clock.ctrlCAfter(Duration.ofSeconds(4));
        List<ProfileOutcome> outcomes = run(RefreshOptions.NONE, "a", "b", "c");
        assertEquals(ProfileOutcome.Result.REFRESHED, outcomes.get(0).result());
        assertEquals(ProfileOutcome.Result.SKIPPED, outcomes.get(1).result());
        assertTrue(outcomes.get(1).reason().contains("The wait for the next code of " + DEVICE + " was cut short with Ctrl-C"),
                outcomes.get(1).reason());
        assertEquals(ProfileOutcome.Result.REFRESHED, outcomes.get(2).result());
        assertEquals(List.of(DEVICE, BOB), List.of(sts.calls.get(0).serial(), sts.calls.get(1).serial()));
        assertEquals(2, terminal.prompts.size(), "no prompt for the skipped profile");
        assertEquals(ExitCode.NO_MFA_CODE, ProfileOutcome.worst(outcomes));
        assertEquals(0, clock.openWatches());
    }

    @Test
    void the_prompt_names_only_the_profiles_the_code_renews() {
        aws.credentials(longTermSection("a") + longTermSection("b") + longTermSection("c") + validB());
        run(RefreshOptions.NONE, "a", "b", "c");
        assertEquals(1, terminal.prompts.size());
        assertTrue(terminal.prompts.get(0).contains("One code for " + DEVICE + " serves profiles a, c."),
                terminal.prompts::toString);
    }

    @Test
    void a_skipped_profile_whose_session_is_still_valid_keeps_it() {
        aws.credentials(longTermSection("a") + section("b", OTHER_KEY_ID, DEVICE)
                + validB().replace("2025-11-28 18:00:00", "2025-11-28 12:03:00"));
        clock.ctrlCAfter(Duration.ofSeconds(1));
        List<ProfileOutcome> outcomes = run(RefreshOptions.NONE, "a", "b");
        assertEquals(ProfileOutcome.Result.KEPT, outcomes.get(1).result());
        assertEquals(List.of("Session [b] is still valid for 2 min 54 s; not renewed: the wait for the next code of "
                + DEVICE + " was cut short with Ctrl-C."), warnings);
        assertEquals(ExitCode.OK, ProfileOutcome.worst(outcomes));
    }

    static String validB() {
        return "[b]\nassumed_role = False\n"
                + "aws_access_key_id = ASIAOLDSESSIONEXAMPLE\naws_secret_access_key = oldSecretEXAMPLE\n"
                + "aws_session_token = oldTokenEXAMPLE\naws_security_token = oldTokenEXAMPLE\n"
                + "expiration = 2025-11-28 18:00:00\n";
    }

    @Test
    void one_fixed_token_cannot_serve_a_device_twice() {
        aws.credentials(longTermSection("a") + section("b", OTHER_KEY_ID, DEVICE));
        List<ProfileOutcome> outcomes = run(options(Map.of(RefreshOption.TOKEN, "123456")), "a", "b");
        assertEquals(1, sts.calls.size());
        assertEquals(ProfileOutcome.Result.FAILED, outcomes.get(1).result());
        assertEquals(ExitCode.MFA_REJECTED, outcomes.get(1).exitCode());
        assertEquals("--token gives one code, spent on profile a of the same device " + DEVICE + ", and AWS accepts "
                + "each code once: run awsmfa --profile b with the next code.", outcomes.get(1).reason());
        assertEquals(Duration.ZERO, clock.slept());
    }

    @Test
    void a_valid_session_is_reused_and_a_missing_profile_fails_alone() {
        aws.credentials(longTermSection("a") + longTermSection("b") + validB());
        List<ProfileOutcome> outcomes = run(RefreshOptions.NONE, "a", "b", "nope", "a");
        assertEquals(3, outcomes.size(), "a profile named twice is refreshed once");
        assertEquals(ProfileOutcome.Result.REFRESHED, outcomes.get(0).result());
        assertEquals(ProfileOutcome.Result.REUSED, outcomes.get(1).result());
        assertEquals(ProfileOutcome.Result.FAILED, outcomes.get(2).result());
        assertEquals(ExitCode.PROFILE_NOT_FOUND, outcomes.get(2).exitCode());
        assertEquals(ExitCode.PROFILE_NOT_FOUND, ProfileOutcome.worst(outcomes));
        assertEquals(1, sts.calls.size());
    }

    @Test
    void all_takes_every_profile_with_long_term_keys_in_file_order() {
        aws.credentials(longTermSection("b") + "[plain]\nregion = x\n" + longTermSection("a") + "[-long-term]\n");
        Env env = Env.of(aws.env());
        RefreshRun run = new RefreshRun(null, null, AwsFiles.of(env), env, null);
        assertEquals(List.of("b", "a"), run.all(RefreshOptions.NONE));
    }

    @Test
    void with_the_suffix_none_every_section_of_long_term_keys_is_refreshable() {
        ProfileDocument credentials = ProfileDocument.parse("credentials", ("[b-lt]\naws_access_key_id = A\n"
                + "[session]\naws_access_key_id = S\naws_session_token = T\n[plain]\nregion = x\n")
                .getBytes(StandardCharsets.UTF_8), ProfileFileKind.CREDENTIALS);
        ProfileDocument config = ProfileDocument.empty("config", ProfileFileKind.CONFIG);
        assertEquals(List.of("b-lt"), RefreshableProfiles.in(credentials, config, "none"));
        assertEquals(List.of("b"), RefreshableProfiles.in(credentials, config, "lt"));
    }

    static final String ADMIN = "arn:aws:iam::111111111111:role/admin";
    static final String AUDIT = "arn:aws:iam::222222222222:role/audit";

    @Test
    void roles_of_one_source_take_one_code_and_an_assume_role_each() {
        // 12 h roles: the fake STS answers every call with a 12-hour session.
        aws.credentials(longTermSection("dev")).config("[profile admin]\nrole_arn = " + ADMIN
                + "\nsource_profile = dev\nduration_seconds = 43200\n[profile audit]\nrole_arn = " + AUDIT
                + "\nsource_profile = dev\nduration_seconds = 43200\n");
        List<ProfileOutcome> outcomes = run(RefreshOptions.NONE, "admin", "audit");
        assertEquals(List.of(ProfileOutcome.Result.REFRESHED, ProfileOutcome.Result.REFRESHED),
                outcomes.stream().map(ProfileOutcome::result).toList(), outcomes::toString);
        assertEquals(1, terminal.prompts.size(), terminal.prompts::toString);
        assertEquals(3, sts.calls.size(), sts.calls::toString);
        assertEquals(DEVICE, sts.calls.get(0).serial());
        assertEquals(List.of(ADMIN, AUDIT), List.of(sts.calls.get(1).roleArn(), sts.calls.get(2).roleArn()));
        assertEquals(null, sts.calls.get(1).code(), "AssumeRole from the session sends no code");
    }

    @Test
    void all_takes_role_profiles_awsmfa_serves_and_keys_a_command_prints() {
        aws.credentials(longTermSection("dev")).config("[profile admin]\nrole_arn = " + ADMIN
                + "\nsource_profile = dev\n[profile vault-long-term]\ncredential_process = print-keys\n"
                + "[profile static-role]\nrole_arn = " + AUDIT + "\nsource_profile = plain\n");
        Env env = Env.of(aws.env());
        RefreshRun run = new RefreshRun(null, null, AwsFiles.of(env), env, null);
        assertEquals(List.of("dev", "admin", "vault"), run.all(RefreshOptions.NONE));
    }
}
