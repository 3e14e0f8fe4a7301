package dev.awsmfa.cli;

import dev.awsmfa.Services;
import dev.awsmfa.session.RefreshOptions;

/** A subcommand about one profile's session: takes the refresh command's options. */
abstract class ProfileSubcommand extends Subcommand {
    ProfileSubcommand(Services services, String name, String header, String description) {
        super(services, name, header, description);
        RefreshFlags.declare(spec);
    }

    RefreshOptions refreshOptions() {
        return RefreshFlags.read(spec);
    }
}
