package dev.awsmfa.sts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.awsmfa.sts.SdkStsGatewayTest.CODE;
import static dev.awsmfa.sts.SdkStsGatewayTest.KEY_ID;
import static dev.awsmfa.sts.SdkStsGatewayTest.SECRET;
import static dev.awsmfa.sts.SdkStsGatewayTest.SERIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.settings.LongTermCredentials;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** The client goes where awsmfa says, whatever the SDK's own settings in files or properties say. */
class StsClientIsolationTest {

    /** Records the request the SDK is about to send, then stops it: no network call to AWS. */
    static final class StopBeforeSending implements ExecutionInterceptor {
        URI sentTo;

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes executionAttributes) {
            sentTo = context.httpRequest().getUri();
            throw new IllegalStateException("stopped before sending");
        }
    }

    static URI hostChosenFor(String region) {
        StopBeforeSending stop = new StopBeforeSending();
        StsTarget target = new StsTarget(new LongTermCredentials(KEY_ID, SECRET), region, Optional.empty(), Duration.ofSeconds(5));
        try (var gateway = SdkStsGateway.open(target, List.of(stop), Clock.systemUTC())) {
            assertThrows(IllegalStateException.class, () -> gateway.getSessionToken(SERIAL, CODE, 3600));
        }
        return stop.sentTo;
    }

    @Nested
    class RegionalEndpoints {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "us-east-1, sts.us-east-1.amazonaws.com",
            "eu-west-1, sts.eu-west-1.amazonaws.com",
            "cn-north-1, sts.cn-north-1.amazonaws.com.cn",
            "us-gov-west-1, sts.us-gov-west-1.amazonaws.com",
        })
        void the_request_goes_to_the_regions_sts_host(String region, String host) {
            URI sentTo = hostChosenFor(region);

            assertEquals("https://" + host, sentTo.toString());
            assertEquals(URI.create("https://" + host), StsEndpoints.resolve(region, Optional.empty()));
        }

        @Test
        void an_override_wins_and_is_described_with_its_port() {
            URI override = URI.create("http://127.0.0.1:4566");

            assertEquals(override, StsEndpoints.resolve("eu-west-1", Optional.of(override)));
            assertEquals("127.0.0.1:4566", StsEndpoints.describe(override));
            assertEquals("sts.eu-west-1.amazonaws.com", StsEndpoints.describe(URI.create("https://sts.eu-west-1.amazonaws.com")));
        }
    }

    /**
     * The SDK reads these system properties (and the matching AWS_* environment variables, which a
     * test cannot set) for its own configuration; none of them may change what awsmfa does.
     */
    @Nested
    class SdkSettingsAreIgnored {
        final SystemProperties properties = new SystemProperties();
        WireMockServer sts;

        @BeforeEach
        void setSdkSettings(@TempDir Path home) throws IOException {
            Path broken = Files.writeString(home.resolve("config"), "[profile broken\nregion = = =\n  indented = x\n");
            sts = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
            sts.start();
            String trap = "http://127.0.0.1:" + sts.port() + "/trap";
            set("aws.configFile", broken.toString());
            set("aws.sharedCredentialsFile", broken.toString());
            set("aws.endpointUrlSts", trap);
            set("aws.endpointUrl", trap);
            set("aws.useFipsEndpoint", "true");
            set("aws.useDualstackEndpoint", "true");
            set("aws.defaultsMode", "auto");
            set("aws.ec2MetadataServiceEndpoint", trap);
            set("aws.region", "eu-central-1");
        }

        private void set(String key, String value) {
            properties.set(key, value);
        }

        @AfterEach
        void restore() {
            properties.restore();
            sts.stop();
        }

        @Test
        void without_override_the_regional_host_is_used() {
            String userConfig = System.getProperty("aws.configFile");

            assertEquals("sts.cn-north-1.amazonaws.com.cn", hostChosenFor("cn-north-1").getHost());
            sts.verify(0, anyRequestedFor(anyUrl()));
            assertEquals(userConfig, System.getProperty("aws.configFile"), "the SDK's file location is restored after the build");
        }

        @Test
        void with_override_only_the_sts_call_is_made() {
            sts.stubFor(post("/").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                    .withBody(SdkStsGatewayTest.body("get-session-token.xml"))));
            StsTarget target = new StsTarget(new LongTermCredentials(KEY_ID, SECRET), "us-east-1",
                    Optional.of(URI.create("http://127.0.0.1:" + sts.port())), Duration.ofSeconds(15));

            try (var gateway = SdkStsGateway.open(target)) {
                assertEquals("ASIAIOSFODNN7EXAMPLE", gateway.getSessionToken(SERIAL, CODE, 3600).accessKeyId());
            }

            sts.verify(1, postRequestedFor(urlEqualTo("/")));
            sts.verify(1, anyRequestedFor(anyUrl()));
        }
    }
}
