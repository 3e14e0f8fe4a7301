package dev.awsmfa.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.Options;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AssumeRole call of one role profile: flags, its config section, the defaults, and role chaining's hour. */
class RoleRequestTest {
    static final Env ENV = Env.of(Map.of("USER", "DOMAIN\\alice smith"));
    static final String ARN = "arn:aws:iam::111111111111:role/admin";

    static RoleProfile profile(Optional<Sourced> name, Optional<Sourced> externalId, Optional<Sourced> duration) {
        return new RoleProfile("admin", ARN, "role_arn of [profile admin] in /c", "dev", name, externalId, duration,
                Optional.empty());
    }

    static Optional<Sourced> config(String value, String key) {
        return Optional.of(new Sourced(value, key + " of [profile admin] in /c"));
    }

    @Test
    void defaults_are_an_hour_and_the_sanitised_login_name() {
        RoleRequest request = RoleRequest.of(profile(Optional.empty(), Optional.empty(), Optional.empty()),
                RefreshOptions.NONE, ENV, false);
        assertEquals(3600, request.durationSeconds());
        assertEquals("DOMAIN-alice-smith", request.sessionName());
        assertEquals(Optional.empty(), request.externalId());
        assertEquals(Optional.empty(), request.note());
    }

    @Test
    void the_profiles_settings_are_honoured_and_flags_win() {
        RoleProfile admin = profile(config("alice-admin", "role_session_name"), config("partner-42", "external_id"),
                config("43200", "duration_seconds"));
        RoleRequest fromConfig = RoleRequest.of(admin, RefreshOptions.NONE, ENV, false);
        assertEquals(43_200, fromConfig.durationSeconds(), "from a GetSessionToken session the role's own max applies");
        assertEquals("alice-admin", fromConfig.sessionName());
        assertEquals(Optional.of("partner-42"), fromConfig.externalId());
        RoleRequest fromFlags = RoleRequest.of(admin, Options.of(Map.of(RefreshOption.DURATION, 900,
                RefreshOption.ROLE_SESSION_NAME, "cli", RefreshOption.EXTERNAL_ID, "other")), ENV, false);
        assertEquals(900, fromFlags.durationSeconds());
        assertEquals("cli", fromFlags.sessionName());
        assertEquals(Optional.of("other"), fromFlags.externalId());
    }

    @Test
    void role_chaining_asks_for_an_hour_and_says_so_in_one_line() {
        RoleRequest request = RoleRequest.of(profile(Optional.empty(), Optional.empty(),
                config("7200", "duration_seconds")), RefreshOptions.NONE, ENV, true);
        assertEquals(3600, request.durationSeconds());
        assertEquals(Optional.of("Profile admin assumes its role with another role's session (role chaining), which "
                + "AWS limits to 3600 s: asking for 3600 s, not 7200 s (from duration_seconds of [profile admin] in "
                + "/c)."), request.note());
        assertEquals(Optional.empty(), RoleRequest.of(profile(Optional.empty(), Optional.empty(),
                config("1800", "duration_seconds")), RefreshOptions.NONE, ENV, true).note());
    }

    @Test
    void values_outside_stss_limits_are_refused_naming_where_they_came_from() {
        AwsMfaException duration = assertThrows(AwsMfaException.class, () -> RoleRequest.of(profile(Optional.empty(),
                Optional.empty(), config("50000", "duration_seconds")), RefreshOptions.NONE, ENV, false));
        assertEquals(ExitCode.INVALID_INPUT, duration.exitCode());
        assertTrue(duration.getMessage().contains("duration_seconds of [profile admin] in /c"), duration.getMessage());
        AwsMfaException name = assertThrows(AwsMfaException.class, () -> RoleRequest.of(profile(Optional.empty(),
                Optional.empty(), Optional.empty()), Options.of(Map.of(RefreshOption.ROLE_SESSION_NAME, "a b")), ENV,
                false));
        assertTrue(name.getMessage().contains("--role-session-name"), name.getMessage());
        AwsMfaException config = assertThrows(AwsMfaException.class, () -> RoleRequest.of(profile(
                config("x y", "role_session_name"), config("!", "external_id"), Optional.empty()),
                RefreshOptions.NONE, ENV, false));
        assertTrue(config.getMessage().contains("role_session_name of [profile admin] in /c"), config.getMessage());
    }

    @Test
    void a_bad_role_arn_is_refused_naming_the_file() {
        RoleProfile user = new RoleProfile("admin", "arn:aws:iam::123:user/alice", "role_arn of [profile admin] in /c",
                "dev", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> RoleRequest.of(user, RefreshOptions.NONE, ENV,
                false));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("(from role_arn of [profile admin] in /c)"), e.getMessage());
    }
}
