package dev.awsmfa.sts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.awsmfa.ExitCode;
import dev.awsmfa.mfa.TotpCode;
import dev.awsmfa.session.StsFailure;
import dev.awsmfa.session.StsFailure.Kind;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.session.TemporaryCredentials;
import dev.awsmfa.settings.LongTermCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SdkStsGatewayTest {
    static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String SERIAL = "arn:aws:iam::123456789012:mfa/alice";
    static final String ROLE = "arn:aws:iam::123456789012:role/admin";
    static final TotpCode CODE = TotpCode.parse("482913", "the test");
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    WireMockServer sts;

    @BeforeEach
    void startSts() {
        sts = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        sts.start();
    }

    @AfterEach
    void stopSts() {
        sts.stop();
    }

    StsTarget target(Duration timeout) {
        return target(URI.create("http://127.0.0.1:" + sts.port()), timeout);
    }

    static StsTarget target(URI endpoint, Duration timeout) {
        return new StsTarget(new LongTermCredentials(KEY_ID, SECRET), "us-east-1", Optional.of(endpoint), timeout);
    }

    TemporaryCredentials getSessionToken(StsTarget target) {
        try (var gateway = SdkStsGateway.open(target)) {
            return gateway.getSessionToken(SERIAL, CODE, 3600);
        }
    }

    StsFailure failedGetSessionToken(StsTarget target) {
        return assertThrows(StsFailure.class, () -> getSessionToken(target));
    }

    void answer(int status, String file) {
        sts.stubFor(post("/").willReturn(xml(status, file)));
    }

    static ResponseDefinitionBuilder xml(int status, String file) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body(file));
    }

    static final Instant EXPIRATION = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    /** A stored STS body, with any success's expiration moved to an hour from now. */
    static String body(String file) {
        try (InputStream in = SdkStsGatewayTest.class.getResourceAsStream("/sts-responses/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceAll("<Expiration>[^<]*</Expiration>", "<Expiration>" + EXPIRATION + "</Expiration>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertNoSecret(StsFailure failure) {
        String message = failure.getMessage();
        assertAll(
                () -> assertFalse(message.contains(SECRET), message),
                () -> assertFalse(message.contains(CODE.digits()), message),
                () -> assertFalse(message.contains(KEY_ID), message),
                () -> assertFalse(message.contains("AQoEXAMPLE"), message),
                () -> assertFalse(message.contains("\n"), message));
    }

    @Nested
    class Success {
        @Test
        void get_session_token_sends_the_device_code_and_duration_signed_by_the_long_term_key() {
            answer(200, "get-session-token.xml");

            TemporaryCredentials credentials = getSessionToken(target(TIMEOUT));

            assertEquals(new TemporaryCredentials("ASIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
                    credentials.sessionToken(), EXPIRATION), credentials);
            assertTrue(credentials.sessionToken().startsWith("AQoEXAMPLE"));
            sts.verify(1, postRequestedFor(urlEqualTo("/"))
                    .withFormParam("Action", equalTo("GetSessionToken"))
                    .withFormParam("Version", equalTo("2011-06-15"))
                    .withFormParam("SerialNumber", equalTo(SERIAL))
                    .withFormParam("TokenCode", equalTo("482913"))
                    .withFormParam("DurationSeconds", equalTo("3600"))
                    .withHeader("Authorization", containing("Credential=" + KEY_ID + "/"))
                    .withHeader("Authorization", containing("/us-east-1/sts/aws4_request")));
        }

        @Test
        void assume_role_sends_role_session_name_and_external_id() {
            answer(200, "assume-role.xml");

            try (var gateway = SdkStsGateway.open(target(TIMEOUT))) {
                TemporaryCredentials credentials = gateway.assumeRole(ROLE, "alice", "ext-42", SERIAL, CODE, 900);
                assertEquals(EXPIRATION, credentials.expiration());
            }

            sts.verify(1, postRequestedFor(urlEqualTo("/"))
                    .withFormParam("Action", equalTo("AssumeRole"))
                    .withFormParam("Version", equalTo("2011-06-15"))
                    .withFormParam("RoleArn", equalTo(ROLE))
                    .withFormParam("RoleSessionName", equalTo("alice"))
                    .withFormParam("ExternalId", equalTo("ext-42"))
                    .withFormParam("SerialNumber", equalTo(SERIAL))
                    .withFormParam("TokenCode", equalTo("482913"))
                    .withFormParam("DurationSeconds", equalTo("900")));
        }

        @Test
        void assume_role_without_external_id_omits_it() {
            answer(200, "assume-role.xml");

            try (var gateway = SdkStsGateway.open(target(TIMEOUT))) {
                gateway.assumeRole(ROLE, "alice", null, SERIAL, CODE, 3600);
            }

            sts.verify(1, postRequestedFor(urlEqualTo("/"))
                    .withFormParam("Action", equalTo("AssumeRole"))
                    .withRequestBody(notContaining("ExternalId")));
        }

        @Test
        void get_federation_token_sends_name_policy_and_duration_and_no_mfa() {
            answer(200, "get-federation-token.xml");

            try (var gateway = SdkStsGateway.open(target(TIMEOUT))) {
                TemporaryCredentials credentials = gateway.getFederationToken("alice", "{\"Version\":\"2012-10-17\"}",
                        43_200);
                assertEquals("ASIAIOSFODNN7FEDEXAMPLE", credentials.accessKeyId());
            }

            sts.verify(1, postRequestedFor(urlEqualTo("/"))
                    .withFormParam("Action", equalTo("GetFederationToken"))
                    .withFormParam("Name", equalTo("alice"))
                    .withFormParam("Policy", equalTo("{\"Version\":\"2012-10-17\"}"))
                    .withFormParam("DurationSeconds", equalTo("43200"))
                    .withRequestBody(notContaining("TokenCode"))
                    .withHeader("Authorization", containing("Credential=" + KEY_ID + "/")));
        }

        @Test
        void assume_role_from_a_session_is_signed_with_its_token_and_sends_no_code() {
            answer(200, "assume-role.xml");
            StsTarget session = new StsTarget(new LongTermCredentials("ASIAIOSFODNN7EXAMPLE", SECRET), "us-east-1",
                    Optional.of(URI.create("http://127.0.0.1:" + sts.port())), TIMEOUT, Optional.of("sessionTOKENexample"));

            try (var gateway = SdkStsGateway.open(session)) {
                gateway.assumeRoleFromSession(ROLE, "alice", null, 3600);
            }

            sts.verify(1, postRequestedFor(urlEqualTo("/"))
                    .withFormParam("Action", equalTo("AssumeRole"))
                    .withFormParam("RoleArn", equalTo(ROLE))
                    .withFormParam("DurationSeconds", equalTo("3600"))
                    .withRequestBody(notContaining("TokenCode"))
                    .withRequestBody(notContaining("SerialNumber"))
                    .withHeader("X-Amz-Security-Token", equalTo("sessionTOKENexample"))
                    .withHeader("Authorization", containing("Credential=ASIAIOSFODNN7EXAMPLE/")));
        }

        @Test
        void assume_role_from_a_session_sends_the_external_id_when_given() {
            answer(200, "assume-role.xml");
            StsTarget session = new StsTarget(new LongTermCredentials("ASIAIOSFODNN7EXAMPLE", SECRET), "us-east-1",
                    Optional.of(URI.create("http://127.0.0.1:" + sts.port())), TIMEOUT, Optional.of("sessionTOKENexample"));

            try (var gateway = SdkStsGateway.open(session)) {
                gateway.assumeRoleFromSession(ROLE, "alice", "partner-42", 900);
            }

            sts.verify(1, postRequestedFor(urlEqualTo("/"))
                    .withFormParam("ExternalId", equalTo("partner-42"))
                    .withFormParam("DurationSeconds", equalTo("900"))
                    .withRequestBody(notContaining("TokenCode")));
        }

        @Test
        void a_success_without_credentials_is_a_service_error() {
            sts.stubFor(post("/").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(
                    "<GetSessionTokenResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetSessionTokenResult/>"
                            + "</GetSessionTokenResponse>")));

            assertEquals(Kind.SERVICE_ERROR, failedGetSessionToken(target(TIMEOUT)).kind());
        }

        @ParameterizedTest(name = "without {0}")
        @ValueSource(strings = {"AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"})
        void a_success_missing_any_part_of_the_credentials_is_a_service_error(String part) {
            sts.stubFor(post("/").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                    .withBody(body("get-session-token.xml").replaceAll("<" + part + ">[^<]*</" + part + ">", ""))));

            StsFailure failure = failedGetSessionToken(target(TIMEOUT));

            assertEquals(Kind.SERVICE_ERROR, failure.kind(), failure.getMessage());
            assertEquals("STS at 127.0.0.1:" + sts.port() + " answered GetSessionToken without complete credentials: "
                    + "check that --endpoint-url points at STS, or try again.", failure.getMessage());
            assertNoSecret(failure);
        }
    }

    @Nested
    class AwsErrors {
        @ParameterizedTest(name = "{0} -> {2}")
        @CsvSource({
            "error-mfa-invalid-code.xml, 403, MFA_CODE_REJECTED",
            "error-mfa-unable-to-validate.xml, 403, MFA_DEVICE_REJECTED",
            "error-invalid-client-token-id.xml, 403, UNKNOWN_ACCESS_KEY",
            "error-signature-does-not-match.xml, 403, SIGNATURE_MISMATCH",
            "error-expired-token.xml, 403, EXPIRED_TOKEN",
            "error-request-expired.xml, 400, CLOCK_SKEW",
            "error-region-disabled.xml, 403, REGION_DISABLED",
            "error-session-credentials.xml, 403, SESSION_CREDENTIALS_USED",
            "error-duration-exceeds-role-max.xml, 400, INVALID_REQUEST",
            "error-internal.xml, 500, SERVICE_ERROR",
        })
        void is_classified_sent_once_and_told_without_secrets(String file, int status, Kind kind) {
            answer(status, file);

            StsFailure failure = failedGetSessionToken(target(TIMEOUT));

            assertEquals(kind, failure.kind(), failure.getMessage());
            assertNoSecret(failure);
            sts.verify(1, postRequestedFor(urlEqualTo("/")));
        }

        @Test
        void a_rejected_code_names_the_device_and_says_to_wait_for_the_next_code() {
            answer(403, "error-mfa-invalid-code.xml");

            String message = failedGetSessionToken(target(TIMEOUT)).getMessage();

            assertEquals("AWS rejected the MFA code for " + SERIAL + ": it was wrong or already used. Wait for the next code "
                    + "(codes change every 30 s) and try again.", message);
        }

        @Test
        void a_user_arn_given_as_device_gets_the_likely_device_arn() {
            answer(403, "error-mfa-unable-to-validate.xml");

            StsFailure failure;
            try (var gateway = SdkStsGateway.open(target(TIMEOUT))) {
                failure = assertThrows(StsFailure.class,
                        () -> gateway.getSessionToken("arn:aws:iam::123456789012:user/alice", CODE, 3600));
            }

            assertTrue(failure.getMessage().contains("try arn:aws:iam::123456789012:mfa/alice"), failure.getMessage());
        }

        @Test
        void an_unknown_key_is_shown_masked() {
            answer(403, "error-invalid-client-token-id.xml");

            assertTrue(failedGetSessionToken(target(TIMEOUT)).getMessage().contains("****MPLE"));
        }

        @Test
        void a_disabled_region_is_named() {
            answer(403, "error-region-disabled.xml");

            assertTrue(failedGetSessionToken(target(TIMEOUT)).getMessage().contains("region us-east-1"));
        }

        @Test
        void a_validation_error_quotes_aws() {
            answer(400, "error-duration-exceeds-role-max.xml");

            StsFailure failure;
            try (var gateway = SdkStsGateway.open(target(TIMEOUT))) {
                failure = assertThrows(StsFailure.class, () -> gateway.assumeRole(ROLE, "alice", null, SERIAL, CODE, 43200));
            }

            assertTrue(failure.getMessage().contains("AssumeRole of " + ROLE), failure.getMessage());
            assertTrue(failure.getMessage().contains("exceeds the MaxSessionDuration set for this role."), failure.getMessage());
        }

        @Test
        void an_aws_message_that_echoes_the_code_is_scrubbed() {
            sts.stubFor(post("/").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/xml").withBody(
                    "<ErrorResponse><Error><Type>Sender</Type><Code>ValidationError</Code><Message>Value '482913' at "
                            + "'tokenCode' failed to satisfy constraint</Message></Error></ErrorResponse>")));

            StsFailure failure = failedGetSessionToken(target(TIMEOUT));

            assertEquals(Kind.INVALID_REQUEST, failure.kind());
            assertTrue(failure.getMessage().contains("Value '******' at 'tokenCode'"), failure.getMessage());
            assertEquals(null, failure.getCause(), "the SDK's exception quotes the code");
        }

        @Test
        void an_explicit_deny_of_get_federation_token_is_recognised_as_an_mfa_policy() {
            answer(403, "error-federation-explicit-deny.xml");

            StsFailure failure;
            try (var gateway = SdkStsGateway.open(target(TIMEOUT))) {
                failure = assertThrows(StsFailure.class, () -> gateway.getFederationToken("alice", "{}", 3600));
            }

            assertEquals(Kind.MFA_REQUIRED_BY_POLICY, failure.kind());
            assertEquals(ExitCode.CREDENTIALS_REJECTED, failure.exitCode());
            assertTrue(failure.getMessage().contains("console_role_arn"), failure.getMessage());
            assertNoSecret(failure);
        }

        @Test
        void an_explicit_deny_of_assume_role_is_not_taken_for_an_mfa_policy() {
            sts.stubFor(post("/").willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml").withBody(
                    "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: x is not "
                            + "authorized to perform: sts:AssumeRole with an explicit deny</Message></Error></ErrorResponse>")));

            StsFailure failure;
            try (var gateway = SdkStsGateway.open(target(TIMEOUT))) {
                failure = assertThrows(StsFailure.class, () -> gateway.assumeRoleFromSession(ROLE, "alice", null, 3600));
            }

            assertEquals(Kind.ACCESS_DENIED, failure.kind());
            assertTrue(failure.getMessage().contains("trust policy"), failure.getMessage());
        }

        @Test
        void another_access_denied_quotes_aws_and_points_at_the_trust_policy() {
            sts.stubFor(post("/").willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml").withBody(
                    "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: "
                            + "arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole</Message>"
                            + "</Error></ErrorResponse>")));

            StsFailure failure;
            try (var gateway = SdkStsGateway.open(target(TIMEOUT))) {
                failure = assertThrows(StsFailure.class, () -> gateway.assumeRole(ROLE, "alice", null, SERIAL, CODE, 3600));
            }

            assertEquals(Kind.ACCESS_DENIED, failure.kind());
            assertTrue(failure.getMessage().contains("is not authorized to perform: sts:AssumeRole."), failure.getMessage());
            assertTrue(failure.getMessage().contains("trust policy"), failure.getMessage());
        }

        @Test
        void request_expired_measures_the_skew_against_the_date_header() {
            sts.stubFor(post("/").willReturn(xml(400, "error-request-expired.xml")
                    .withHeader("Date", "Wed, 01 Jan 2025 12:00:00 GMT")));
            Clock tenMinutesAhead = Clock.fixed(Instant.parse("2025-01-01T12:10:00Z"), ZoneOffset.UTC);

            StsFailure failure;
            try (var gateway = SdkStsGateway.open(target(TIMEOUT), List.of(), tenMinutesAhead)) {
                failure = assertThrows(StsFailure.class, () -> gateway.getSessionToken(SERIAL, CODE, 3600));
            }

            assertEquals(Kind.CLOCK_SKEW, failure.kind());
            assertTrue(failure.getMessage().contains("your clock is 10 min 00 s ahead of AWS's"), failure.getMessage());
            sts.verify(1, postRequestedFor(urlEqualTo("/")));
        }
    }

    @Nested
    class Retries {
        @Test
        void throttling_is_retried_until_it_gets_through() {
            sts.stubFor(post("/").inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(xml(400, "error-throttling.xml")).willSetStateTo("once"));
            sts.stubFor(post("/").inScenario("throttled").whenScenarioStateIs("once")
                    .willReturn(xml(429, "error-throttling.xml")).willSetStateTo("twice"));
            sts.stubFor(post("/").inScenario("throttled").whenScenarioStateIs("twice")
                    .willReturn(xml(200, "get-session-token.xml")));

            TemporaryCredentials credentials = getSessionToken(target(TIMEOUT));

            assertEquals("ASIAIOSFODNN7EXAMPLE", credentials.accessKeyId());
            sts.verify(3, postRequestedFor(urlEqualTo("/")));
        }

        @Test
        void throttling_that_lasts_ends_after_a_bounded_number_of_attempts() {
            answer(400, "error-throttling.xml");

            StsFailure failure = failedGetSessionToken(target(TIMEOUT));

            assertEquals(Kind.THROTTLED, failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().contains("127.0.0.1:" + sts.port()), failure.getMessage());
            sts.verify(ThrottlingRetryStrategy.MAX_ATTEMPTS, postRequestedFor(urlEqualTo("/")));
        }
    }

    @Nested
    class Network {
        @Test
        void a_closed_port_is_unreachable_and_names_the_host() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }

            StsFailure failure = failedGetSessionToken(target(URI.create("http://127.0.0.1:" + closedPort), TIMEOUT));

            assertEquals(Kind.UNREACHABLE, failure.kind(), failure.getMessage());
            assertEquals("Could not reach STS at 127.0.0.1:" + closedPort + " (connection refused): check your network, "
                    + "proxy, or --endpoint-url.", failure.getMessage());
        }

        @Test
        void an_answer_slower_than_the_timeout_is_unreachable_within_the_bound() {
            sts.stubFor(post("/").willReturn(xml(200, "get-session-token.xml").withFixedDelay(8_000)));
            long start = System.nanoTime();

            StsFailure failure = failedGetSessionToken(target(Duration.ofSeconds(2)));

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(Kind.UNREACHABLE, failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().contains("no answer"), failure.getMessage());
            assertTrue(took.compareTo(Duration.ofSeconds(6)) < 0, "took " + took);
            sts.verify(1, postRequestedFor(urlEqualTo("/")));
        }

        @Test
        void malformed_xml_is_a_service_error() {
            sts.stubFor(post("/").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                    .withBody("<GetSessionTokenResponse><GetSessionTokenResult><Credentials>")));

            StsFailure failure = failedGetSessionToken(target(TIMEOUT));

            assertEquals(Kind.SERVICE_ERROR, failure.kind(), failure.getMessage());
            sts.verify(1, postRequestedFor(urlEqualTo("/")));
        }

        @ParameterizedTest
        @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
        void a_connection_dropped_after_sending_is_not_retried(Fault fault) {
            sts.stubFor(post("/").willReturn(aResponse().withFault(fault)));

            StsFailure failure = failedGetSessionToken(target(TIMEOUT));

            assertTrue(failure.kind() == Kind.UNREACHABLE || failure.kind() == Kind.SERVICE_ERROR, failure.getMessage());
            assertNoSecret(failure);
            sts.verify(1, postRequestedFor(urlEqualTo("/")));
        }

        @Test
        void an_answer_larger_than_any_sts_answer_is_not_read_into_memory() {
            String token = "A".repeat(3 * AnswerSizeLimit.MAX_BYTES);
            sts.stubFor(post("/").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                    .withBody(body("get-session-token.xml").replaceAll("<SessionToken>[^<]*</SessionToken>",
                            "<SessionToken>" + token + "</SessionToken>"))));

            StsFailure failure = failedGetSessionToken(target(TIMEOUT));

            assertEquals(Kind.SERVICE_ERROR, failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().contains("sent an answer larger than any STS answer (more than 1024 KiB)"), failure.getMessage());
        }

        @Test
        void an_html_error_page_from_a_proxy_is_a_service_error() {
            sts.stubFor(post("/").willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Bad gateway</body></html>")));

            StsFailure failure = failedGetSessionToken(target(TIMEOUT));

            assertEquals(Kind.SERVICE_ERROR, failure.kind(), failure.getMessage());
            sts.verify(1, anyRequestedFor(anyUrl()));
        }
    }
}
