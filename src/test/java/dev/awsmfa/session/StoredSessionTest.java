package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.time.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StoredSessionTest {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final Duration WINDOW = Duration.ofMinutes(5);

    static Map<String, String> awsMfaSection(String expiration) {
        Map<String, String> values = new HashMap<>();
        values.put("assumed_role", "False");
        values.put("aws_access_key_id", "ASIAIOSFODNN7EXAMPLE");
        values.put("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        values.put("aws_session_token", "FAKEsessionTOKEN");
        values.put("aws_security_token", "FAKEsessionTOKEN");
        values.put("expiration", expiration);
        return values;
    }

    static StoredSession read(Map<String, String> values) {
        return StoredSession.read(key -> Optional.ofNullable(values.get(key))).orElseThrow();
    }

    @Nested
    class Expiration {
        @Test
        void is_read_as_naive_utc_whatever_the_local_zone() {
            assertEquals(Instant.parse("2026-11-28T18:49:28Z"), TimeText.parse("2026-11-28 18:49:28").orElseThrow());
        }

        @Test
        void accepts_rfc3339_written_by_other_tools() {
            assertEquals(Instant.parse("2026-11-28T18:49:28Z"), TimeText.parse("2026-11-28T18:49:28+00:00").orElseThrow());
        }

        @Test
        void is_written_in_aws_mfa_format() {
            assertEquals("2026-11-28 18:49:28", TimeText.naiveUtc(Instant.parse("2026-11-28T18:49:28Z")));
        }

        @Test
        void garbage_means_no_session() {
            assertTrue(StoredSession.read(key -> Optional.ofNullable(awsMfaSection("soon").get(key))).isEmpty());
        }
    }

    @Nested
    class Reuse {
        @Test
        void a_complete_unexpired_plain_session_is_reused() {
            assertEquals(Optional.empty(), read(awsMfaSection("2026-11-28 13:00:00")).reasonToRefresh(Optional.empty(), NOW, WINDOW));
        }

        @Test
        void an_expired_session_is_refreshed() {
            assertEquals(Optional.of("the stored session has expired"),
                    read(awsMfaSection("2026-11-28 11:59:59")).reasonToRefresh(Optional.empty(), NOW, WINDOW));
        }

        @Test
        void a_session_inside_the_refresh_window_is_refreshed() {
            assertTrue(read(awsMfaSection("2026-11-28 12:04:59")).reasonToRefresh(Optional.empty(), NOW, WINDOW).isPresent());
            assertTrue(read(awsMfaSection("2026-11-28 12:05:00")).reasonToRefresh(Optional.empty(), NOW, WINDOW).isEmpty());
        }

        @Test
        void a_missing_security_token_makes_it_incomplete_as_in_aws_mfa() {
            Map<String, String> values = awsMfaSection("2026-11-28 13:00:00");
            values.remove("aws_security_token");
            assertEquals(Optional.of("the stored session is incomplete"), read(values).reasonToRefresh(Optional.empty(), NOW, WINDOW));
        }

        @Test
        void a_role_session_is_reused_only_for_the_same_role() {
            Map<String, String> values = awsMfaSection("2026-11-28 13:00:00");
            values.put("assumed_role", "True");
            values.put("assumed_role_arn", "arn:aws:iam::123456789012:role/admin");
            StoredSession session = read(values);
            assertTrue(session.reasonToRefresh(Optional.of("arn:aws:iam::123456789012:role/admin"), NOW, WINDOW).isEmpty());
            assertTrue(session.reasonToRefresh(Optional.of("arn:aws:iam::123456789012:role/other"), NOW, WINDOW).isPresent());
            assertTrue(session.reasonToRefresh(Optional.empty(), NOW, WINDOW).isPresent());
        }

        @Test
        void a_plain_session_is_not_reused_for_a_role() {
            assertTrue(read(awsMfaSection("2026-11-28 13:00:00"))
                    .reasonToRefresh(Optional.of("arn:aws:iam::123456789012:role/admin"), NOW, WINDOW).isPresent());
        }
    }

    @Test
    void every_key_aws_mfa_writes_must_be_set_and_not_empty() {
        for (String key : new String[] {"assumed_role", "aws_access_key_id", "aws_secret_access_key", "aws_session_token",
            "aws_security_token"}) {
            Map<String, String> values = awsMfaSection("2026-11-28 13:00:00");
            values.put(key, "");
            assertFalse(read(values).complete(), key + " empty");
            values.remove(key);
            assertFalse(read(values).complete(), key + " missing");
        }
        assertTrue(read(awsMfaSection("2026-11-28 13:00:00")).complete());
    }

    @Test
    void reads_the_keys_and_an_empty_role_as_none() {
        Map<String, String> values = awsMfaSection("2026-11-28 13:00:00");
        values.put("assumed_role_arn", "");
        StoredSession session = read(values);
        assertEquals(Optional.empty(), session.roleArn());
        assertEquals(new TemporaryCredentials("ASIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "FAKEsessionTOKEN", Instant.parse("2026-11-28T13:00:00Z")), session.credentials());
    }

    @Test
    void state_and_time_left_follow_the_expiry_and_the_window() {
        StoredSession session = read(awsMfaSection("2026-11-28 12:10:00"));
        assertEquals(SessionState.VALID, session.stateAt(NOW, WINDOW));
        assertEquals(SessionState.EXPIRING, session.stateAt(NOW.plusSeconds(301), WINDOW));
        assertEquals(SessionState.EXPIRED, session.stateAt(NOW.plusSeconds(600), WINDOW));
        assertEquals(Duration.ofMinutes(10), session.timeLeft(NOW));
        assertEquals(Duration.ZERO, session.timeLeft(NOW.plusSeconds(3600)));
        assertEquals(Duration.ofSeconds(1), StoredSession.timeLeft(NOW.plusSeconds(1), NOW));
        assertEquals(Duration.ZERO, StoredSession.timeLeft(NOW.minusSeconds(1), NOW));
    }

    @Test
    void to_string_hides_the_secrets() {
        String text = read(awsMfaSection("2026-11-28 13:00:00")).toString();
        assertTrue(!text.contains("wJalrXUtnFEMI") && !text.contains("FAKEsessionTOKEN") && text.contains("****MPLE"), text);
    }
}
