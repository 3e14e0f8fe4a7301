package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
