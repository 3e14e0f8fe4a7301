package dev.awsmfa.exec;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NestingGuardTest {
    @Test
    void outside_any_exec_anything_runs() {
        assertDoesNotThrow(() -> NestingGuard.check(Env.of(Map.of()), "dev", false));
        assertDoesNotThrow(() -> NestingGuard.check(Env.of(Map.of("AWSMFA_PROFILE", "")), "dev", false));
    }

    @Test
    void the_same_profile_again_runs() {
        assertDoesNotThrow(() -> NestingGuard.check(Env.of(Map.of("AWSMFA_PROFILE", "dev")), "dev", false));
    }

    @Test
    void another_profile_is_refused_as_a_usage_error_naming_both_and_the_way_out() {
        AwsMfaException refused = assertThrows(AwsMfaException.class,
                () -> NestingGuard.check(Env.of(Map.of("AWSMFA_PROFILE", "dev")), "prod", false));
        assertEquals(ExitCode.USAGE, refused.exitCode());
        assertEquals("Already inside awsmfa exec for profile dev (AWSMFA_PROFILE=dev): exit it before starting "
                + "profile prod, or add --allow-nested to run prod's session inside it.", refused.getMessage());
    }

    @Test
    void another_profile_runs_when_allowed() {
        assertDoesNotThrow(() -> NestingGuard.check(Env.of(Map.of("AWSMFA_PROFILE", "dev")), "prod", true));
    }
}
