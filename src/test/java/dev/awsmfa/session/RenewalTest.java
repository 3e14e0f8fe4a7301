package dev.awsmfa.session;

import static dev.awsmfa.session.StoredSessionTest.NOW;
import static dev.awsmfa.session.StoredSessionTest.WINDOW;
import static dev.awsmfa.session.StoredSessionTest.awsMfaSection;
import static dev.awsmfa.session.StoredSessionTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** When a stored session is reused, why it is renewed otherwise (the line shown before the prompt), and when it may be kept. */
class RenewalTest {
    static final String ADMIN = "arn:aws:iam::123456789012:role/admin";
    static final String OTHER = "arn:aws:iam::123456789012:role/other";

    private static Optional<Renewal> renewal(Optional<StoredSession> stored, Optional<String> wantedRole, boolean force) {
        return Renewal.needed("dev", stored, wantedRole, force, NOW, WINDOW);
    }

    private static Optional<Renewal> plain(String expiration, boolean force) {
        return renewal(Optional.of(read(awsMfaSection(expiration))), Optional.empty(), force);
    }

    private static StoredSession roleSession(String role) {
        Map<String, String> values = awsMfaSection("2026-11-28 13:00:00");
        values.put("assumed_role", "True");
        values.put("assumed_role_arn", role);
        return read(values);
    }

    private static void assertRenewedBecause(String reason, Optional<Renewal> renewal) {
        assertTrue(renewal.isPresent(), "reused, expected a renewal because: " + reason);
        assertEquals(reason, renewal.get().reason());
        assertTrue(renewal.get().keepable().isEmpty(), "this session must not be kept: " + reason);
    }

    @Nested
    class Reuse {
        @Test
        void a_complete_plain_session_beyond_the_window_is_reused() {
            assertEquals(Optional.empty(), plain("2026-11-28 13:00:00", false));
        }

        @Test
        void the_window_ends_exactly_at_its_length() {
            assertTrue(plain("2026-11-28 12:05:00", false).isEmpty());
            assertTrue(plain("2026-11-28 12:04:59", false).isPresent());
        }

        @Test
        void a_role_session_is_reused_for_the_same_role() {
            assertEquals(Optional.empty(), renewal(Optional.of(roleSession(ADMIN)), Optional.of(ADMIN), false));
        }
    }

    @Nested
    class Reasons {
        @Test
        void no_session_yet() {
            assertRenewedBecause("No session in [dev] yet.", renewal(Optional.empty(), Optional.empty(), false));
        }

        @Test
        void expired_and_how_long_ago() {
            assertRenewedBecause("The session in [dev] expired 25 min 00 s ago.", plain("2026-11-28 11:35:00", false));
        }

        @Test
        void expiring_within_the_window_names_the_time_left_and_the_window() {
            Optional<Renewal> renewal = plain("2026-11-28 12:03:00", false);
            assertEquals("The session in [dev] expires in 3 min 00 s, inside the refresh window of 5 min 00 s.",
                    renewal.orElseThrow().reason());
        }

        @Test
        void stored_for_another_role() {
            assertRenewedBecause("The session in [dev] is for role " + ADMIN + ", not " + OTHER + ".",
                    renewal(Optional.of(roleSession(ADMIN)), Optional.of(OTHER), false));
        }

        @Test
        void stored_for_a_role_when_none_is_asked_for() {
            assertRenewedBecause("The session in [dev] is for role " + ADMIN + ", and no role was asked for.",
                    renewal(Optional.of(roleSession(ADMIN)), Optional.empty(), false));
        }

        @Test
        void stored_without_a_role_when_one_is_asked_for() {
            assertRenewedBecause("The session in [dev] is not for a role, and role " + ADMIN + " was asked for.",
                    renewal(Optional.of(read(awsMfaSection("2026-11-28 13:00:00"))), Optional.of(ADMIN), false));
        }

        @Test
        void incomplete_as_aws_mfa_judges_it() {
            Map<String, String> values = awsMfaSection("2026-11-28 13:00:00");
            values.remove("aws_security_token");
            assertRenewedBecause("The session in [dev] is incomplete (aws-mfa writes six keys).",
                    renewal(Optional.of(read(values)), Optional.empty(), false));
        }

        @Test
        void force_on_a_valid_session_says_so_with_the_time_it_had_left() {
            assertRenewedBecause("--force: renewing the session in [dev], still valid for 1 h 00 min.",
                    plain("2026-11-28 13:00:00", true));
        }

        @Test
        void force_keeps_the_more_telling_reason_of_a_session_that_needs_renewal_anyway() {
            assertRenewedBecause("The session in [dev] expired 25 min 00 s ago.", plain("2026-11-28 11:35:00", true));
        }
    }

    @Nested
    class Keeping {
        @Test
        void a_session_inside_the_window_may_be_kept() {
            StoredSession stored = read(awsMfaSection("2026-11-28 12:03:00"));
            Optional<Renewal> renewal = renewal(Optional.of(stored), Optional.empty(), false);
            assertEquals(Optional.of(stored), renewal.orElseThrow().keepable());
        }

        @Test
        void not_under_force() {
            assertTrue(plain("2026-11-28 12:03:00", true).orElseThrow().keepable().isEmpty());
        }

        @Test
        void not_once_expired() {
            assertTrue(plain("2026-11-28 12:00:00", false).orElseThrow().keepable().isEmpty());
        }
    }
}
