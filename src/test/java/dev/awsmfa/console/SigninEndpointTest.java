package dev.awsmfa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sign-in endpoint override, its checks, and the federation answer and opener commands. */
class SigninEndpointTest {
    static final Env NONE = Env.of(Map.of());

    @Test
    void without_an_override_the_partitions_endpoint() {
        assertEquals(URI.create("https://signin.amazonaws.cn/federation"),
                SigninEndpoint.resolve(Optional.empty(), NONE, Partition.AWS_CN));
    }

    @Test
    void the_flag_wins_over_the_variable() {
        Env env = Env.of(Map.of(SigninEndpoint.VARIABLE, "https://variable.example/federation"));
        assertEquals(URI.create("https://flag.example/federation"),
                SigninEndpoint.resolve(Optional.of("https://flag.example/federation"), env, Partition.AWS));
        assertEquals(URI.create("https://variable.example/federation"),
                SigninEndpoint.resolve(Optional.empty(), env, Partition.AWS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/federation", "http://localhost/federation",
            "http://[::1]:9000/federation", "https://signin.example.internal/federation"})
    void https_anywhere_and_http_to_this_machine_are_accepted(String url) {
        assertEquals(URI.create(url), SigninEndpoint.check(url, "--signin-endpoint"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://signin.example.com/federation", "http://10.0.0.1/federation",
            "http://dead/federation", "ftp://127.0.0.1/", "not a url", "https:///federation",
            "https://signin.aws.amazon.com/federation?Action=login"})
    void anything_else_is_refused_naming_the_source(String url) {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> SigninEndpoint.check(url, "AWSMFA_SIGNIN_ENDPOINT"));
        assertEquals(ExitCode.INVALID_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("AWSMFA_SIGNIN_ENDPOINT"), e.getMessage());
    }

    @Test
    void the_answers_token_is_read_and_anything_else_is_none() {
        assertEquals("abc-DEF_123", SigninAnswer.token("{\"SigninToken\":\"abc-DEF_123\"}"));
        assertEquals("abc", SigninAnswer.token("{ \"SigninToken\" : \"abc\" }\n"));
        assertNull(SigninAnswer.token("{\"Error\":\"x\"}"));
        assertNull(SigninAnswer.token("{\"SigninToken\":\"\"}"));
        assertNull(SigninAnswer.token("{\"SigninToken\":\"a\\\"b\"}"));
        assertNull(SigninAnswer.token("{\"SigninToken\":42}"));
        assertNull(SigninAnswer.token("{\"SigninToken\":\"unterminated"));
    }

    @Test
    void each_platform_has_its_opener() {
        assertEquals(List.of("xdg-open", "https://x"), BrowserOpener.command("https://x", false, false));
        assertEquals(List.of("open", "https://x"), BrowserOpener.command("https://x", false, true));
        assertEquals(List.of("rundll32", "url.dll,FileProtocolHandler", "https://x"),
                BrowserOpener.command("https://x", true, false));
    }
}
