package dev.awsmfa.cli;

import picocli.CommandLine.Mixin;

/** A subcommand about one profile's session: takes the refresh command's options. */
abstract class ProfileSubcommand extends Subcommand {
    @Mixin
    RefreshOptionsMixin refresh;
}
