package dev.awsmfa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.SigninStub;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in token request against a WireMock federation endpoint: the answer read, bounded, failures secret-free. */
class SigninTokenClientTest {
    static final String SESSION = "{\"sessionId\":\"ASIAIOSFODNN7EXAMPLE\",\"sessionKey\":\"secretEXAMPLE\","
            + "\"sessionToken\":\"tokenEXAMPLE\"}";

    SigninStub signin;
    final SigninTokenClient client = new SigninTokenClient(Duration.ofSeconds(5));

    @BeforeEach
    void start() {
        signin = new SigninStub();
    }

    @AfterEach
    void stop() {
        signin.close();
    }

    URI request() {
        return ConsoleUrls.signinTokenRequest(URI.create(signin.url()), SESSION, Optional.of(900));
    }

    AwsMfaException failure(URI request) {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> client.signinToken(request));
        assertFalse(e.getMessage().contains("secretEXAMPLE") || e.getMessage().contains("tokenEXAMPLE")
                || e.getMessage().contains("getSigninToken"), e.getMessage());
        assertEquals(null, e.getCause(), "no JDK exception, whose text might hold the URL");
        return e;
    }

    @Test
    void reads_the_token_and_sends_the_session_and_duration() {
        signin.succeeding();
        assertEquals(SigninStub.TOKEN, client.signinToken(request()));
        assertEquals(SESSION, signin.onlyParameter("Session"));
        assertEquals("900", signin.onlyParameter("SessionDuration"));
    }

    @Test
    void an_answer_larger_than_any_token_is_refused() {
        signin.answering(200, "{\"SigninToken\":\"" + "a".repeat(SigninTokenClient.MAX_ANSWER_BYTES) + "\"}");
        AwsMfaException e = failure(request());
        assertEquals(ExitCode.NETWORK, e.exitCode());
        assertTrue(e.getMessage().contains("larger than any sign-in token"), e.getMessage());
    }

    @Test
    void an_answer_without_a_token_is_refused() {
        signin.answering(200, "<html>a captive portal</html>");
        assertTrue(failure(request()).getMessage().contains("without a sign-in token"));
    }

    @Test
    void a_refusal_names_the_host_and_status_only() {
        signin.answering(400, "{\"Error\":\"bad session\"}");
        AwsMfaException e = failure(request());
        assertEquals(ExitCode.CREDENTIALS_REJECTED, e.exitCode());
        assertTrue(e.getMessage().contains("127.0.0.1:") && e.getMessage().contains("HTTP 400"), e.getMessage());
    }

    @Test
    void a_dead_endpoint_is_a_network_failure() {
        URI dead = ConsoleUrls.signinTokenRequest(URI.create("http://127.0.0.1:9/federation"), SESSION, Optional.empty());
        AwsMfaException e = failure(dead);
        assertEquals(ExitCode.NETWORK, e.exitCode());
        assertTrue(e.getMessage().startsWith("Could not get a sign-in token from 127.0.0.1:9"), e.getMessage());
    }
}
