package dev.awsmfa.console;

import dev.awsmfa.settings.RefreshOptions;
import java.util.Optional;

/**
 * What {@code awsmfa console} was asked: how to get the profile's session ({@code options}), a console role
 * ({@code --role}), the console session's length, the landing page ({@code service} or {@code destination}, at
 * most one) and a sign-in endpoint override.
 */
public record ConsoleRequest(RefreshOptions options, Optional<String> role, Optional<Integer> duration,
        Optional<String> service, Optional<String> destination, Optional<String> signinEndpoint) {
}
