package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Secrets;
import dev.awsmfa.Services;
import dev.awsmfa.session.KeyRotation;
import dev.awsmfa.session.Reporter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code awsmfa rotate}: replaces the IAM user's access key with a new one where the old one lives. */
final class RotateCommand extends Command {
    static final OptionDef<String> PROFILE = RefreshFlags.profile("Profile whose long-term key to rotate");
    static final OptionDef<Boolean> RESUME = OptionDef.flag("Finish a rotation that a failure or a crash stopped, "
            + "from the step its journal records.", "--resume");

    RotateCommand(Services services) {
        super(services, "rotate", "Replace the profile's long-term access key with a new one.",
                "Rotate the IAM user's access key of the profile's long-term section: with the MFA session (a code "
                        + "is asked for when it needs renewing), list the user's keys (a user with two already is "
                        + "refused: IAM allows two), create a new key, write it over the old one where that lives: "
                        + "in ~/.aws/credentials, or in the store awsmfa keys move put it in, read back before going "
                        + "on (every other byte of the file stays; aws_access_key_created records the date), "
                        + "check it with STS GetCallerIdentity (retrying up to 30 s while IAM spreads it), then "
                        + "delete the old key. Each step is recorded in a journal in awsmfa's cache directory (0600), "
                        + "so a failure or crash leaves a working key written down: --resume finishes the rotation. "
                        + "The MFA session is not tied to the old key and stays valid. Keys that another "
                        + "credential_process prints are not rotated: rotate them in their store.",
                OptionDef.listOf(RefreshFlags.refreshing(PROFILE), RESUME, LogLevel.OPTION));
    }

    @Override
    List<HelpSection> sections() {
        List<ExitCode> codes = new ArrayList<>(HelpSection.refreshCodes());
        codes.add(ExitCode.ROTATION_BLOCKED);
        return List.of(HelpSection.exitStatus("", codes),
                HelpSection.examples(
                        new HelpEntry("awsmfa rotate --profile dev", "A new key in [dev-long-term], the old one "
                                + "deleted."),
                        new HelpEntry("awsmfa rotate --resume --profile dev",
                                "Finish a rotation that was stopped.")));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        Reporter reporter = reporter(arguments, err);
        KeyRotation.Rotated rotated = useCases(reporter).rotation()
                .rotate(RefreshFlags.read(arguments), arguments.isSet(RESUME));
        reporter.info("Rotated the access key of profile " + rotated.profile() + ": "
                + Secrets.maskKeyId(rotated.newKeyId()) + " is in " + rotated.where() + ", "
                + Secrets.maskKeyId(rotated.oldKeyId()) + " is deleted in IAM; the MFA session stays valid.");
        return 0;
    }
}
