package dev.awsmfa.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.Env;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExecPlanTest {
    static final Map<String, String> SESSION = Map.of("AWS_ACCESS_KEY_ID", "ASIAIOSFODNN7EXAMPLE");

    @Test
    void runs_the_command_as_given_with_the_session_and_the_marker_and_without_the_profile_variables() {
        ExecPlan plan = ExecPlan.of(List.of("terraform", "plan", "--out=x"), "dev", SESSION,
                Env.of(Map.of("SHELL", "/bin/zsh")), false);
        assertEquals(List.of("terraform", "plan", "--out=x"), plan.command());
        assertFalse(plan.shell());
        assertEquals(Map.of("AWS_ACCESS_KEY_ID", "ASIAIOSFODNN7EXAMPLE", "AWSMFA_PROFILE", "dev"), plan.set());
        assertEquals(Set.of("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SECURITY_TOKEN"), plan.remove());
    }

    @Test
    void without_a_command_runs_the_users_shell_with_the_same_environment() {
        ExecPlan plan = ExecPlan.of(List.of(), "dev", SESSION, Env.of(Map.of("SHELL", "/bin/zsh")), false);
        assertEquals(List.of("/bin/zsh"), plan.command());
        assertTrue(plan.shell());
        assertEquals("dev", plan.set().get(ExecPlan.MARKER));
        assertEquals(ExecPlan.HIDDEN, plan.remove());
    }

    @Test
    void an_unset_or_blank_shell_is_bin_sh() {
        assertEquals("/bin/sh", ExecPlan.userShell(Env.of(Map.of()), false));
        assertEquals("/bin/sh", ExecPlan.userShell(Env.of(Map.of("SHELL", " ")), false));
    }

    @Test
    void on_windows_the_shell_is_comspec_else_cmd() {
        Env env = Env.of(Map.of("SHELL", "/usr/bin/bash", "COMSPEC", "C:\\Windows\\system32\\cmd.exe"));
        assertEquals("C:\\Windows\\system32\\cmd.exe", ExecPlan.userShell(env, true));
        assertEquals("cmd.exe", ExecPlan.userShell(Env.of(Map.of("SHELL", "/usr/bin/bash")), true));
    }

    @Test
    void the_marker_is_the_profile_even_over_an_outer_one() {
        ExecPlan plan = ExecPlan.of(List.of("true"), "prod", SESSION, Env.of(Map.of("AWSMFA_PROFILE", "dev")), false);
        assertEquals("prod", plan.set().get("AWSMFA_PROFILE"));
    }
}
