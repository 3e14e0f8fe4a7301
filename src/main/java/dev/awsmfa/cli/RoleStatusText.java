package dev.awsmfa.cli;

import dev.awsmfa.Secrets;
import dev.awsmfa.session.RoleStatus;
import dev.awsmfa.session.SessionState;
import dev.awsmfa.session.SessionStatus;
import dev.awsmfa.time.TimeText;
import java.util.TimeZone;

/** How {@code awsmfa status} shows the role session of a role profile awsmfa serves, and its source's session. */
final class RoleStatusText {
    private RoleStatusText() {
    }

    /** Two lines, each safe for the terminal: the role session, then its source's MFA session. */
    static String text(RoleStatus status, TimeZone zone) {
        String head = status.profile() + " (role " + status.roleArn() + "): " + status.state().label();
        String line;
        if (status.entry().isEmpty()) {
            boolean cacheUsable = status.cacheFile().isPresent() || status.cacheNote().isEmpty();
            line = head + " (no role session " + (cacheUsable ? "kept yet" : "kept: " + status.cacheNote())
                    + "; 'awsmfa --profile " + status.profile() + "' assumes the role with the "
                    + "MFA session of " + status.source().profile() + ")";
        } else {
            line = StatusCommand.stateText(head, status.state(), status.expiration().orElseThrow(),
                    status.remaining().orElseThrow(), zone) + ", key "
                    + Secrets.maskKeyId(status.entry().get().credentials().accessKeyId()) + ", kept in "
                    + status.cacheFile().orElseThrow();
        }
        SessionStatus source = status.source();
        String sourceHead = "source " + source.profile() + " [" + source.section() + "]: " + source.state().label();
        String sourceLine = source.session().isEmpty() ? sourceHead : StatusCommand.stateText(sourceHead,
                source.state(), source.expiration().orElseThrow(), source.remaining().orElseThrow(), zone);
        // Each line made safe on its own: the newline between them is ours.
        return TerminalText.safe(line) + "\n" + TerminalText.safe(sourceLine);
    }

    static String json(RoleStatus status) {
        SessionStatus source = status.source();
        return new JsonWriter().beginObject().field("profile", status.profile()).field("section", null)
                .field("state", status.state().label())
                .name("valid").literal(valid(status.state()))
                .field("keyId", status.entry().isEmpty() ? null
                        : Secrets.maskKeyId(status.entry().get().credentials().accessKeyId()))
                .field("role", status.roleArn())
                .field("expiration", status.expiration().isEmpty() ? null
                        : TimeText.rfc3339Utc(status.expiration().get()))
                .name("remainingSeconds").literal(status.remaining().isPresent()
                        ? status.remaining().get().getSeconds() : null)
                .field("cache", status.cacheFile().isPresent() ? status.cacheFile().get().toString() : null)
                .name("source").beginObject().field("profile", source.profile()).field("section", source.section())
                .field("state", source.state().label())
                .field("expiration", source.expiration().isEmpty() ? null
                        : TimeText.rfc3339Utc(source.expiration().get()))
                .endObject()
                .endObject().toString();
    }

    private static boolean valid(SessionState state) {
        return state == SessionState.VALID || state == SessionState.EXPIRING;
    }
}
