package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmfa.ExitCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exit code of a run of several profiles: the worst outcome's, as documented. */
class ProfileOutcomeTest {
    static ProfileOutcome of(String profile, ProfileOutcome.Result result, ExitCode code) {
        return new ProfileOutcome(profile, result, Optional.of(Instant.EPOCH), Optional.empty(), "", code);
    }

    static final ProfileOutcome REFRESHED = of("a", ProfileOutcome.Result.REFRESHED, ExitCode.OK);
    static final ProfileOutcome KEPT = of("b", ProfileOutcome.Result.KEPT, ExitCode.OK);
    static final ProfileOutcome SKIPPED = of("c", ProfileOutcome.Result.SKIPPED, ExitCode.NO_MFA_CODE);
    static final ProfileOutcome NOT_FOUND = of("d", ProfileOutcome.Result.FAILED, ExitCode.PROFILE_NOT_FOUND);
    static final ProfileOutcome REJECTED = of("e", ProfileOutcome.Result.FAILED, ExitCode.MFA_REJECTED);

    @Test
    void sessions_had_are_success_kept_ones_included() {
        assertEquals(ExitCode.OK, ProfileOutcome.worst(List.of(REFRESHED, KEPT)));
        assertEquals(ExitCode.OK, ProfileOutcome.worst(List.of()));
    }

    @Test
    void a_skipped_profile_beats_success_and_a_failure_beats_a_skip() {
        assertEquals(ExitCode.NO_MFA_CODE, ProfileOutcome.worst(List.of(REFRESHED, SKIPPED, KEPT)));
        assertEquals(ExitCode.PROFILE_NOT_FOUND, ProfileOutcome.worst(List.of(SKIPPED, NOT_FOUND, REFRESHED)));
    }

    @Test
    void of_several_failures_the_first_given_decides() {
        assertEquals(ExitCode.MFA_REJECTED, ProfileOutcome.worst(List.of(REJECTED, NOT_FOUND)));
        assertEquals(ExitCode.PROFILE_NOT_FOUND, ProfileOutcome.worst(List.of(NOT_FOUND, REJECTED)));
    }
}
