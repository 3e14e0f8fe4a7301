package dev.awsmfa.session;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.keys.LongTermKeyReader;
import dev.awsmfa.mfa.MfaCodeSource;
import dev.awsmfa.mfa.TotpCode;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.RoleChain;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeIam;
import dev.awsmfa.testing.FakeTerminal;
import dev.awsmfa.testing.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Role profiles from one MFA session, with plain fakes: an STS that numbers its answers and records who signed each
 * call, a clock the test moves, a terminal that counts prompts, a temporary home and cache directory.
 */
class RoleSessionServiceTest {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final String ADMIN = "arn:aws:iam::111111111111:role/admin";
    static final String OPS = "arn:aws:iam::222222222222:role/ops";
    static final String SOURCE_KEY = "ASIAOLDSESSIONEXAMPLE";

    @TempDir
    Path dir;
    AwsHome aws;
    NumberingSts sts;
    MovableClock clock;
    FakeTerminal terminal;
    List<String> warnings;

    /** One STS call: who signed it (key id, with a session token or not), and what it asked for. */
    record Call(String action, String signedBy, boolean withSessionToken, String roleArn, String sessionName,
            String externalId, String serial, int seconds) {
    }

    /** Answers call n with key id ASIACALLnEXAMPLE, valid for what was asked. */
    final class NumberingSts implements StsGatewayFactory {
        final List<Call> calls = new ArrayList<>();

        @Override
        public StsGateway open(StsTarget target) {
            return new StsGateway() {
                @Override
                public TemporaryCredentials getSessionToken(String serialNumber, TotpCode code, int seconds) {
                    return answer(new Call("GetSessionToken", target.credentials().accessKeyId(),
                            target.sessionToken().isPresent(), null, null, null, serialNumber, seconds));
                }

                @Override
                public TemporaryCredentials assumeRole(String roleArn, String name, String externalId, String serial,
                        TotpCode code, int seconds) {
                    return answer(new Call("AssumeRole+MFA", target.credentials().accessKeyId(),
                            target.sessionToken().isPresent(), roleArn, name, externalId, serial, seconds));
                }

                @Override
                public TemporaryCredentials getFederationToken(String name, String policy, int seconds) {
                    throw new AssertionError("no federation token expected");
                }

                @Override
                public TemporaryCredentials assumeRoleFromSession(String roleArn, String name, String externalId,
                        int seconds) {
                    return answer(new Call("AssumeRole", target.credentials().accessKeyId(),
                            target.sessionToken().isPresent(), roleArn, name, externalId, null, seconds));
                }

                @Override
                public String callerArn() {
                    throw new AssertionError("no GetCallerIdentity expected");
                }

                @Override
                public void close() {
                }
            };
        }

        private TemporaryCredentials answer(Call call) {
            calls.add(call);
            return new TemporaryCredentials("ASIACALL" + calls.size() + "EXAMPLE", "secretEXAMPLEsecretEXAMPLE",
                    "tokenEXAMPLE" + calls.size(), clock.instant().plusSeconds(call.seconds()));
        }

        List<String> actions() {
            List<String> actions = new ArrayList<>();
            for (Call call : calls) {
                actions.add(call.action());
            }
            return actions;
        }
    }

    static final class MovableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() {
        aws = new AwsHome(dir.resolve("home"));
        sts = new NumberingSts();
        clock = new MovableClock();
        terminal = FakeTerminal.typing("123456", "654321");
        warnings = new ArrayList<>();
    }

    static String devSession(String expiration) {
        return "[dev]\nassumed_role = False\naws_access_key_id = " + SOURCE_KEY + "\n"
                + "aws_secret_access_key = oldSecretEXAMPLE\naws_session_token = oldTokenEXAMPLE\n"
                + "aws_security_token = oldTokenEXAMPLE\nexpiration = " + expiration + "\n";
    }

    static String role(String profile, String arn, String source) {
        return "[profile " + profile + "]\nrole_arn = " + arn + "\nsource_profile = " + source + "\n";
    }

    RoleSessionService service() {
        Env env = Env.of(aws.env());
        AwsFiles files = AwsFiles.of(env);
        Reporter reporter = new Reporter() {
            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
        RefreshService refresh = new RefreshService(files, env, clock, new MfaCodeSource(terminal, CliRun.NO_COMMANDS),
                new LongTermKeyReader(CliRun.NO_PROGRAMS), sts, FakeIam.unused(), reporter);
        return new RoleSessionService(files, env, clock, refresh, new SessionStatusService(files, env, clock), sts,
                reporter);
    }

    RoleSessionService.RoleSession session(RefreshOptions options) {
        RoleSessionService service = service();
        return service.session(options, service.chain(options).orElseThrow(), true);
    }

    RoleSessionService.RoleSession admin() {
        return session(Options.profile("admin"));
    }

    @Test
    void with_a_valid_mfa_session_the_role_is_assumed_with_it_without_a_code_and_then_reused() {
        aws.credentials(longTermSection("dev") + "\n" + devSession("2026-11-28 20:00:00"))
                .config(role("admin", ADMIN, "dev") + "mfa_serial = " + AwsHome.DEVICE + "\nregion = eu-west-1\n");
        RoleSessionService.RoleSession first = admin();
        assertTrue(first.renewed());
        assertEquals(List.of("AssumeRole"), sts.actions());
        Call call = sts.calls.get(0);
        assertEquals(SOURCE_KEY, call.signedBy(), "signed with the MFA session, not the long-term key");
        assertTrue(call.withSessionToken());
        assertNull(call.serial(), "no SerialNumber: the session carries the MFA context");
        assertEquals(ADMIN, call.roleArn());
        assertEquals("alice", call.sessionName());
        assertEquals(3600, call.seconds());
        assertEquals(List.of(), terminal.prompts, "no code asked");
        assertEquals(Optional.of("eu-west-1"), first.region());

        clock.now = NOW.plus(Duration.ofMinutes(30));
        RoleSessionService.RoleSession second = admin();
        assertFalse(second.renewed());
        assertEquals(first.credentials(), second.credentials());
        assertEquals(1, sts.calls.size(), "reused: no STS call");
    }

    @Test
    void without_a_session_one_code_gets_it_and_the_role_follows_with_no_second_code() {
        aws.credentials(longTermSection("dev")).config(role("admin", ADMIN, "dev") + "external_id = partner-42\n"
                + "role_session_name = alice-admin\nduration_seconds = 7200\n");
        admin();
        assertEquals(List.of("GetSessionToken", "AssumeRole"), sts.actions());
        assertEquals(AwsHome.LONG_TERM_KEY_ID, sts.calls.get(0).signedBy());
        assertEquals(AwsHome.DEVICE, sts.calls.get(0).serial());
        assertEquals("ASIACALL1EXAMPLE", sts.calls.get(1).signedBy(), "signed with the new session");
        assertEquals("partner-42", sts.calls.get(1).externalId());
        assertEquals("alice-admin", sts.calls.get(1).sessionName());
        assertEquals(7200, sts.calls.get(1).seconds(), "not chaining: the role's own max applies");
        assertEquals(1, terminal.prompts.size(), "one code");
        assertTrue(aws.credentials().contains("aws_access_key_id = ASIACALL1EXAMPLE"), "the MFA session in [dev]");
        assertFalse(aws.credentials().contains("ASIACALL2EXAMPLE"), "the role session is not in the credentials file");
        assertEquals(List.of(), warnings);
    }

    @Test
    void force_renews_the_role_session_alone_and_an_expired_one_is_renewed_unasked() {
        aws.credentials(longTermSection("dev") + "\n" + devSession("2026-11-28 20:00:00"))
                .config(role("admin", ADMIN, "dev"));
        admin();
        session(Options.of(Map.of(RefreshOption.PROFILE, "admin", RefreshOption.FORCE, true)));
        assertEquals(List.of("AssumeRole", "AssumeRole"), sts.actions(), "the MFA session was not renewed");
        clock.now = NOW.plus(Duration.ofMinutes(56));
        assertTrue(admin().renewed(), "inside the refresh window");
        assertEquals(3, sts.calls.size());
        assertEquals(List.of(), terminal.prompts);
    }

    @Test
    void a_new_mfa_session_means_a_new_role_session() {
        aws.credentials(longTermSection("dev") + "\n" + devSession("2026-11-28 20:00:00"))
                .config(role("admin", ADMIN, "dev"));
        admin();
        aws.credentials(longTermSection("dev") + "\n" + devSession("2026-11-28 20:00:00")
                .replace(SOURCE_KEY, "ASIANEWSESSIONEXAMPLE"));
        admin();
        assertEquals(2, sts.calls.size());
        assertEquals("ASIANEWSESSIONEXAMPLE", sts.calls.get(1).signedBy());
    }

    @Test
    void a_chain_of_two_assumes_each_role_with_the_one_before_and_caps_the_last_at_an_hour() {
        aws.credentials(longTermSection("dev") + "\n" + devSession("2026-11-28 20:00:00"))
                .config(role("admin", ADMIN, "ops") + "duration_seconds = 7200\n" + role("ops", OPS, "dev"));
        admin();
        assertEquals(List.of("AssumeRole", "AssumeRole"), sts.actions());
        assertEquals(OPS, sts.calls.get(0).roleArn());
        assertEquals(SOURCE_KEY, sts.calls.get(0).signedBy());
        assertEquals(ADMIN, sts.calls.get(1).roleArn());
        assertEquals("ASIACALL1EXAMPLE", sts.calls.get(1).signedBy(), "chained: signed with the ops role session");
        assertEquals(3600, sts.calls.get(1).seconds());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("role chaining") && warnings.get(0).contains("not 7200 s"), warnings.get(0));

        // Both links are kept: asking for ops now, or admin again, calls nothing.
        session(Options.profile("ops"));
        admin();
        assertEquals(2, sts.calls.size());
    }

    @Test
    void a_source_session_for_a_role_makes_it_chaining_too() {
        aws.credentials(longTermSection("dev") + "assume_role = " + OPS + "\n").config(role("admin", ADMIN, "dev")
                + "duration_seconds = 43200\n");
        admin();
        assertEquals(List.of("AssumeRole+MFA", "AssumeRole"), sts.actions());
        assertEquals(3600, sts.calls.get(1).seconds());
        assertEquals(1, warnings.size());
    }

    @Test
    void without_a_trusted_cache_directory_every_run_assumes_the_role() throws Exception {
        Path open = dir.resolve("open");
        Files.createDirectories(open);
        Files.setPosixFilePermissions(open, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        aws.env("XDG_CACHE_HOME", open.toString())
                .credentials(longTermSection("dev") + "\n" + devSession("2026-11-28 20:00:00"))
                .config(role("admin", ADMIN, "dev"));
        RoleSessionService.RoleSession first = admin();
        assertEquals(Optional.empty(), first.cachedIn());
        admin();
        assertEquals(2, sts.calls.size());
        assertFalse(Files.exists(open.resolve("awsmfa").resolve("role-sessions")));
    }

    @Test
    void status_shows_the_role_session_and_its_source_and_clear_removes_it() {
        aws.credentials(longTermSection("dev") + "\n" + devSession("2026-11-28 20:00:00"))
                .config(role("admin", ADMIN, "dev"));
        RoleSessionService service = service();
        RoleChain chain = service.chain(Options.profile("admin")).orElseThrow();
        RoleStatus absent = service.status(Options.profile("admin"), chain);
        assertEquals(SessionState.ABSENT, absent.state());
        assertEquals(SessionState.VALID, absent.source().state());
        assertEquals("dev", absent.source().profile());

        admin();
        RoleStatus valid = service.status(Options.profile("admin"), chain);
        assertEquals(SessionState.VALID, valid.state());
        assertEquals(Optional.of(NOW.plusSeconds(3600)), valid.expiration());
        assertTrue(Files.exists(valid.cacheFile().orElseThrow()));
        clock.now = NOW.plusSeconds(3600 - 60);
        assertEquals(SessionState.EXPIRING, service.status(Options.profile("admin"), chain).state());
        assertEquals("ASIACALL1EXAMPLE", service.cached(chain).orElseThrow().accessKeyId(),
                "--no-refresh hands on an expiring one");
        clock.now = NOW.plusSeconds(3601);
        assertEquals(SessionState.EXPIRED, service.status(Options.profile("admin"), chain).state());
        assertEquals(Optional.empty(), service.cached(chain));

        assertEquals(valid.cacheFile(), service.clear(chain));
        assertFalse(Files.exists(valid.cacheFile().orElseThrow()));
        assertEquals(Optional.empty(), service.clear(chain));
        assertEquals(SessionState.ABSENT, service.status(Options.profile("admin"), chain).state());
    }

    @Test
    void a_role_profile_awsmfa_does_not_serve_fails_before_any_call_saying_who_assumes_it() {
        aws.credentials("[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\n")
                .config(role("admin", ADMIN, "dev"));
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> service().chain(Options.profile("admin")));
        assertEquals(ExitCode.PROFILE_NOT_FOUND, e.exitCode());
        assertTrue(e.getMessage().contains("the AWS CLI assumes that role itself"), e.getMessage());
        assertEquals(Optional.empty(), service().managedChain(Options.profile("admin")));
        assertEquals(Optional.empty(), service().chain(Options.profile("dev")), "not a role profile");
        assertEquals(List.of(), sts.calls);
    }
}
