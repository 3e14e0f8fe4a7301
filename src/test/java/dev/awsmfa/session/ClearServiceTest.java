package dev.awsmfa.session;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.Options;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClearServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    static final String STATIC = "# hand-written, keep\n[ci]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
            + "aws_secret_access_key = x\naws_session_token = t\nexpiration = 2020-01-01 00:00:00\n";

    @TempDir
    Path dir;
    AwsHome aws;

    static String session(String name, String expiration) {
        return "[" + name + "]\nassumed_role = False\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\n"
                + "aws_secret_access_key = s\naws_session_token = t\naws_security_token = t\nexpiration = " + expiration + "\n";
    }

    ClearService service() {
        Env env = Env.of(aws.env());
        return new ClearService(AwsFiles.of(env), env, CLOCK, Reporter.SILENT);
    }

    @BeforeEach
    void setUp() {
        aws = new AwsHome(dir);
    }

    @Test
    void removes_one_profiles_session_and_keeps_every_other_byte() {
        aws.credentials(longTermSection("dev") + "\n" + session("dev", "2026-11-28 13:00:00") + "\n" + STATIC);
        assertEquals(List.of("dev"), service().clearProfile(Options.profile("dev")));
        assertEquals(longTermSection("dev") + "\n" + STATIC, aws.credentials());
    }

    @Test
    void with_nothing_to_remove_it_creates_no_directory_and_no_lock_file() throws Exception {
        assertEquals(List.of(), service().clearProfile(Options.profile("dev")));
        assertEquals(List.of(), service().clearExpired());
        assertFalse(Files.exists(aws.credentialsFile().getParent()), "~/.aws was created");

        aws.credentials(longTermSection("dev") + session("prod", "2026-11-28 13:00:00"));
        assertEquals(List.of(), service().clearExpired());
        assertEquals(List.of(), service().clearProfile(Options.profile("dev")));
        try (Stream<Path> files = Files.list(aws.credentialsFile().getParent())) {
            assertEquals(List.of(aws.credentialsFile()), files.collect(Collectors.toList()));
        }
    }

    @Test
    void removes_only_expired_written_sessions() {
        aws.credentials(longTermSection("dev") + session("dev", "2026-11-28 11:00:00")
                + session("prod", "2026-11-28 13:00:00") + STATIC);
        assertEquals(List.of("dev"), service().clearExpired());
        assertEquals(longTermSection("dev") + session("prod", "2026-11-28 13:00:00") + STATIC, aws.credentials());
    }

    @Test
    void refuses_a_section_awsmfa_did_not_write() {
        aws.credentials(STATIC);
        AwsMfaException e = assertThrows(AwsMfaException.class,
                () -> service().clearProfile(Options.profile("ci")));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertEquals(STATIC, aws.credentials());
    }

    @Test
    void never_removes_a_long_term_section_even_shaped_like_a_session() {
        String odd = session("dev-long-term", "2020-01-01 00:00:00");
        aws.credentials(odd);
        assertEquals(List.of(), service().clearExpired());
        assertEquals(odd, aws.credentials());
    }

    @Test
    void a_missing_section_is_nothing_to_do() {
        aws.credentials(STATIC);
        assertEquals(List.of(), service().clearProfile(Options.profile("dev")));
    }
}
