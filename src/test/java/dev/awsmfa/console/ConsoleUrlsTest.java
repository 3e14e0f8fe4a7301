package dev.awsmfa.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.session.TemporaryCredentials;
import dev.awsmfa.testing.SigninStub;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The federation endpoint's requests, the login URL and the landing page, as AWS expects them. */
class ConsoleUrlsTest {
    static final TemporaryCredentials SESSION = new TemporaryCredentials("ASIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY", "FQoGZXIvYXdz+token/with=padding==",
            Instant.parse("2026-11-28T12:00:00Z"));
    static final URI FEDERATION = URI.create("https://signin.aws.amazon.com/federation");

    @Test
    void the_session_json_holds_exactly_the_key_id_secret_and_token() {
        assertEquals("{\"sessionId\":\"ASIAIOSFODNN7EXAMPLE\",\"sessionKey\":\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY\","
                + "\"sessionToken\":\"FQoGZXIvYXdz+token/with=padding==\"}", ConsoleUrls.sessionJson(SESSION));
    }

    @Test
    void get_signin_token_encodes_the_session_and_sends_a_duration_only_when_given() {
        String json = ConsoleUrls.sessionJson(SESSION);
        URI withDuration = ConsoleUrls.signinTokenRequest(FEDERATION, json, Optional.of(3600));
        Map<String, String> parameters = SigninStub.query(withDuration.toString());
        assertEquals("getSigninToken", parameters.get("Action"));
        assertEquals("3600", parameters.get("SessionDuration"));
        assertEquals(json, parameters.get("Session"));
        // '+', '/' and '=' of the token must not reach AWS raw: '+' would decode to a space.
        assertTrue(withDuration.getRawQuery().contains("%2Btoken%2Fwith%3Dpadding%3D%3D"), withDuration.toString());
        assertNull(SigninStub.query(ConsoleUrls.signinTokenRequest(FEDERATION, json, Optional.empty()).toString())
                .get("SessionDuration"));
    }

    @Test
    void the_login_url_names_action_issuer_destination_and_token_each_encoded() {
        String destination = "https://console.aws.amazon.com/s3/home?region=eu-west-1&tab=buckets";
        String url = ConsoleUrls.login(FEDERATION, destination, "tok+en/=");
        assertTrue(url.startsWith("https://signin.aws.amazon.com/federation?Action=login&"), url);
        Map<String, String> parameters = SigninStub.query(url);
        assertEquals("login", parameters.get("Action"));
        assertEquals("awsmfa", parameters.get("Issuer"));
        assertEquals(destination, parameters.get("Destination"));
        assertEquals("tok+en/=", parameters.get("SigninToken"));
        assertTrue(url.contains("SigninToken=tok%2Ben%2F%3D"), url);
        assertEquals(4, parameters.size());
    }

    @Test
    void destinations_are_the_console_home_or_a_service_in_the_partitions_console() {
        assertEquals("https://console.aws.amazon.com/console/home?region=us-east-1",
                ConsoleUrls.destination(Partition.AWS, "us-east-1", Optional.empty()));
        assertEquals("https://console.amazonaws-us-gov.com/s3/home?region=us-gov-west-1",
                ConsoleUrls.destination(Partition.AWS_US_GOV, "us-gov-west-1", Optional.of("s3")));
        assertEquals("https://console.amazonaws.cn/ec2/home?region=cn-north-1",
                ConsoleUrls.destination(Partition.AWS_CN, "cn-north-1", Optional.of("ec2")));
    }

    @Test
    void the_region_picks_the_partition_and_its_sign_in_host() {
        assertEquals(Partition.AWS, Partition.of("eu-west-1"));
        assertEquals(Partition.AWS, Partition.of("us-east-1"));
        assertEquals(Partition.AWS_US_GOV, Partition.of("us-gov-east-1"));
        assertEquals(Partition.AWS_CN, Partition.of("cn-northwest-1"));
        assertEquals("https://signin.aws.amazon.com/federation", Partition.AWS.federationEndpoint());
        assertEquals("https://signin.amazonaws-us-gov.com/federation", Partition.AWS_US_GOV.federationEndpoint());
        assertEquals("https://signin.amazonaws.cn/federation", Partition.AWS_CN.federationEndpoint());
    }

    @Test
    void durations_outside_aws_limits_are_clamped_with_a_note() {
        ConsoleDuration low = ConsoleDuration.clamp(60, ConsoleDuration.MAX_ROLE_CONSOLE, "a role console session");
        assertEquals(900, low.seconds());
        assertTrue(low.note().contains("--duration 60") && low.note().contains("900"), low.note());
        ConsoleDuration high = ConsoleDuration.clamp(50_000, ConsoleDuration.MAX_ROLE_CONSOLE, "a role console session");
        assertEquals(43_200, high.seconds());
        assertTrue(high.note().contains("43200"), high.note());
        assertEquals(129_600, ConsoleDuration.clamp(200_000, ConsoleDuration.MAX_FEDERATION, "x").seconds());
        ConsoleDuration within = ConsoleDuration.clamp(100_000, ConsoleDuration.MAX_FEDERATION, "x");
        assertEquals(100_000, within.seconds());
        assertNull(within.note());
    }

    @Test
    void the_federated_users_name_fits_get_federation_tokens_32_characters() {
        assertEquals("alice", ConsoleSignin.federatedUserName("alice"));
        assertEquals(32, ConsoleSignin.federatedUserName("a".repeat(64)).length());
        assertEquals("DOMAIN-bob", ConsoleSignin.federatedUserName("DOMAIN\\bob"));
    }
}
