package dev.awsmfa.sts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.awsmfa.ExitCode;
import dev.awsmfa.session.IamFailure;
import dev.awsmfa.session.IamGateway;
import dev.awsmfa.session.MfaDevice;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.testing.IamStub;
import dev.awsmfa.testing.StsStub;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/** ListMFADevices through the SDK against a WireMock IAM: the request sent, the list read, failures in one line. */
class SdkIamGatewayTest {
    static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    IamStub iam;

    @BeforeEach
    void startIam() {
        iam = new IamStub();
    }

    @AfterEach
    void stopIam() {
        iam.close();
    }

    static StsTarget target(String url) {
        return new StsTarget(new LongTermCredentials(KEY_ID, SECRET), "eu-west-1", Optional.of(URI.create(url)),
                Duration.ofSeconds(5));
    }

    private List<MfaDevice> list() {
        try (IamGateway gateway = SdkIamGateway.open(target(iam.url()))) {
            return gateway.listOwnMfaDevices();
        }
    }

    @Test
    void lists_the_callers_own_devices_with_their_dates_signed_by_the_long_term_key() {
        iam.listing();
        List<MfaDevice> devices = list();
        assertEquals(List.of(new MfaDevice(IamStub.PHONE, Optional.of(Instant.parse("2025-03-01T09:15:00Z"))),
                new MfaDevice(IamStub.KEY, Optional.of(Instant.parse("2025-06-10T08:00:00Z"))),
                new MfaDevice(IamStub.TABLET, Optional.of(Instant.parse("2026-01-20T17:45:00Z")))), devices);
        assertTrue(devices.get(1).securityKey());
        assertEquals("alice-tablet", devices.get(2).name());
        Map<String, String> form = StsStub.form(iam.requests().get(0).getBodyAsString());
        assertEquals(Map.of("Action", "ListMFADevices", "Version", "2010-05-08"), form);
        assertTrue(iam.requests().get(0).getHeader("Authorization").contains("Credential=" + KEY_ID + "/"),
                iam.requests().get(0).getHeader("Authorization"));
    }

    @Test
    void follows_the_marker_to_the_next_page() {
        String first = IamStub.body("list-mfa-devices.xml").replace("<IsTruncated>false</IsTruncated>",
                "<IsTruncated>true</IsTruncated><Marker>page2</Marker>");
        String second = IamStub.body("list-mfa-devices.xml").replaceAll("alice-(phone|tablet)", "alice-$1-2");
        iam.server().stubFor(post(anyUrl()).inScenario("pages").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(first))
                .willSetStateTo("second"));
        iam.server().stubFor(post(anyUrl()).inScenario("pages").whenScenarioStateIs("second")
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(second)));
        assertEquals(6, list().size());
        assertEquals("page2", StsStub.form(iam.requests().get(1).getBodyAsString()).get("Marker"));
    }

    /** Stops the request where it would leave the JVM, keeping what would have been sent. */
    static final class Unsent extends RuntimeException implements ExecutionInterceptor {
        private static final long serialVersionUID = 1L;
        transient SdkHttpRequest request;

        Unsent() {
            super(null, null, false, false);
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            request = context.httpRequest();
            throw this;
        }
    }

    @Test
    void without_an_override_it_calls_the_global_endpoint_signed_for_us_east_1_whatever_the_region() {
        Unsent unsent = new Unsent();
        StsTarget target = new StsTarget(new LongTermCredentials(KEY_ID, SECRET), "eu-west-1", Optional.empty(),
                Duration.ofSeconds(5));
        try (IamGateway gateway = SdkIamGateway.open(target, List.of(unsent))) {
            assertThrows(Unsent.class, gateway::listOwnMfaDevices);
        }
        assertEquals("iam.amazonaws.com", unsent.request.host());
        String authorization = unsent.request.firstMatchingHeader("Authorization").orElseThrow();
        assertTrue(authorization.contains("/us-east-1/iam/aws4_request"), authorization);
    }

    @Test
    void an_empty_list_is_no_device() {
        iam.server().stubFor(post(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(
                "<ListMFADevicesResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><ListMFADevicesResult>"
                + "<IsTruncated>false</IsTruncated><MFADevices/></ListMFADevicesResult></ListMFADevicesResponse>")));
        assertEquals(List.of(), list());
    }

    @Test
    void access_denied_is_one_clause_naming_the_masked_key_and_the_code() {
        iam.denying();
        IamFailure failure = assertThrows(IamFailure.class, this::list);
        assertEquals("IAM did not let access key ****MPLE list its user's MFA devices (AccessDenied)", failure.reason());
        assertEquals(ExitCode.CREDENTIALS_REJECTED, failure.exitCode());
    }

    @Test
    void an_unreachable_iam_is_a_network_failure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (IamGateway gateway = SdkIamGateway.open(target("http://127.0.0.1:" + port))) {
            IamFailure failure = assertThrows(IamFailure.class, gateway::listOwnMfaDevices);
            assertEquals(ExitCode.NETWORK, failure.exitCode());
            assertEquals("Could not reach IAM at 127.0.0.1:" + port + " (connection refused)", failure.reason());
        }
    }

    @Test
    void an_answer_larger_than_any_device_list_is_refused() {
        iam.server().stubFor(post(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "text/xml")
                .withBody("<ListMFADevicesResponse>" + " ".repeat(AnswerSizeLimit.MAX_BYTES + 1))));
        IamFailure failure = assertThrows(IamFailure.class, this::list);
        assertEquals(ExitCode.NETWORK, failure.exitCode());
        assertTrue(failure.reason().contains("larger than any device list"), failure.reason());
        assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
    }
}
