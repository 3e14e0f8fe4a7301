package dev.awsmfa.cli;

import dev.awsmfa.session.ProfileOutcome;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.time.TimeText;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;

/**
 * The end of a run of several profiles: one line per profile on stderr, in the order given. Sessions had
 * (refreshed, reused, kept) are information, quiet below INFO; a skipped or failed profile is always shown,
 * as a failure of a single refresh is.
 */
final class RunSummary {
    private final Reporter reporter;
    private final PrintWriter err;
    private final Instant now;
    private final TimeZone zone;

    RunSummary(Reporter reporter, PrintWriter err, Instant now, TimeZone zone) {
        this.reporter = reporter;
        this.err = err;
        this.now = now;
        this.zone = zone;
    }

    void print(List<ProfileOutcome> outcomes) {
        for (ProfileOutcome outcome : outcomes) {
            String head = "profile " + outcome.profile() + ": ";
            switch (outcome.result()) {
                case REFRESHED -> reporter.info(head + "refreshed" + (outcome.sharedFrom().isPresent()
                        ? " with the session of profile " + outcome.sharedFrom().get() + " (same user, device and "
                                + "request: one STS call)" : "") + ", " + validUntil(outcome) + ".");
                case REUSED -> reporter.info(head + "reused, " + validUntil(outcome) + ".");
                case KEPT -> reporter.info(head + "kept, " + validUntil(outcome) + "; not renewed (see above).");
                case SKIPPED -> always(head + "skipped: " + outcome.reason());
                case FAILED -> always(head + "failed (exit " + outcome.exitCode().code() + "): " + outcome.reason());
            }
        }
    }

    private String validUntil(ProfileOutcome outcome) {
        Instant expiration = outcome.validUntil().orElseThrow();
        return "valid until " + TimeText.local(expiration, zone) + " ("
                + TimeText.duration(Duration.between(now, expiration)) + " from now)";
    }

    private void always(String line) {
        err.println("awsmfa: " + TerminalText.safe(line));
        err.flush();
    }
}
