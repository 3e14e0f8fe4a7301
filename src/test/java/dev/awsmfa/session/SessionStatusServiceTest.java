package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.keys.LongTermKeyReader;
import dev.awsmfa.mfa.MfaCodeSource;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeIam;
import dev.awsmfa.testing.FakeSts;
import dev.awsmfa.testing.FakeTerminal;
import dev.awsmfa.testing.Options;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state rule of {@code status} and the {@code --no-refresh} path of the commands that pass a session on. */
class SessionStatusServiceTest {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path dir;
    AwsHome aws;

    @BeforeEach
    void setUp() {
        aws = new AwsHome(dir);
    }

    static String section(String name, String expiration) {
        return ClearServiceTest.session(name, expiration);
    }

    SessionStatus status(RefreshOptions options) {
        Env env = Env.of(aws.env());
        return new SessionStatusService(AwsFiles.of(env), env, Clock.fixed(NOW, ZoneOffset.UTC))
                .status(options);
    }

    SessionStatus status(String expiration) {
        aws.credentials(section("dev", expiration));
        return status(Options.profile("dev"));
    }

    @Test
    void valid_when_more_than_the_window_remains() {
        SessionStatus status = status("2026-11-28 12:05:00");
        assertEquals(SessionState.VALID, status.state());
        assertEquals(Optional.of(Duration.ofMinutes(5)), status.remaining());
    }

    @Test
    void expiring_inside_the_window() {
        assertEquals(SessionState.EXPIRING, status("2026-11-28 12:04:59").state());
    }

    @Test
    void expired_at_the_expiration_second() {
        SessionStatus status = status("2026-11-28 12:00:00");
        assertEquals(SessionState.EXPIRED, status.state());
        assertEquals(Optional.of(Duration.ZERO), status.remaining());
    }

    @Test
    void absent_without_section_or_with_an_incomplete_one() {
        aws.credentials("[dev]\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\nexpiration = 2026-11-28 13:00:00\n");
        assertEquals(SessionState.ABSENT, status(Options.profile("dev")).state());
        assertEquals(SessionState.ABSENT, status(Options.profile("other")).state());
    }

    @Test
    void follows_aws_profile_and_the_short_term_suffix() {
        aws.credentials(section("dev-mfa", "2026-11-28 13:00:00")).env("AWS_PROFILE", "dev");
        RefreshOptions options = Options.of(Map.of(RefreshOption.SHORT_TERM_SUFFIX, "mfa"));
        SessionStatus status = status(options);
        assertEquals("dev-mfa", status.section());
        assertEquals(SessionState.VALID, status.state());
    }

    @Test
    void without_refresh_an_expiring_session_is_still_handed_on_but_an_expired_one_is_not() {
        aws.credentials(section("dev", "2026-11-28 12:01:00"));
        FakeSts sts = new FakeSts(NOW.plusSeconds(3600));
        Env env = Env.of(aws.env());
        AwsFiles files = AwsFiles.of(env);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SessionStatusService status = new SessionStatusService(files, env, clock);
        RefreshService refresh = new RefreshService(files, env, clock,
                new MfaCodeSource(FakeTerminal.none(), CliRun.NO_COMMANDS), new LongTermKeyReader(CliRun.NO_PROGRAMS),
                sts, FakeIam.unused(), Reporter.SILENT);
        SessionProvider provider = new SessionProvider(status, refresh,
                new RoleSessionService(files, env, clock, refresh, status, sts, Reporter.SILENT));
        RefreshOptions dev = Options.profile("dev");
        assertEquals("ASIAIOSFODNN7EXAMPLE", provider.session(dev, false).credentials().accessKeyId());

        aws.credentials(section("dev", "2026-11-28 11:59:59"));
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> provider.session(dev, false));
        assertEquals(ExitCode.SESSION_EXPIRED, e.exitCode());
        assertEquals(0, sts.calls.size());
    }

    @Test
    void says_what_a_new_session_would_come_from() {
        aws.credentials("[dev-long-term]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\n");
        SessionStatus withKeys = status(Options.profile("dev"));
        assertEquals(SessionState.ABSENT, withKeys.state());
        assertEquals("dev-long-term", withKeys.longTermSection());
        assertEquals(true, withKeys.longTermPresent());
        assertEquals(Optional.empty(), withKeys.kind(), "no [dev] in either file");

        SessionStatus unknown = status(Options.profile("ops"));
        assertEquals(false, unknown.longTermPresent());
        aws.config("[profile ops]\nrole_arn = arn:aws:iam::123456789012:role/ops\n");
        assertEquals(Optional.of(ProfileKind.ROLE), status(Options.profile("ops")).kind());
    }
}
