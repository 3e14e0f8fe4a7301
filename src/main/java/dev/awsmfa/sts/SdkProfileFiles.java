package dev.awsmfa.sts;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Keeps the SDK away from the user's {@code ~/.aws/config} and {@code ~/.aws/credentials} while a
 * client is built. SDK 2.57 builds its global defaults on their own before merging in ours, and in
 * doing so reads the default profile files even when the client is given its own (empty) profile
 * file: a malformed user file would then fail the client build, and the files would be read twice.
 * The SDK takes their locations from the {@code aws.configFile} / {@code aws.sharedCredentialsFile}
 * system properties first, so for the duration of the build they point at a file that does not
 * exist, then get their previous values back.
 */
final class SdkProfileFiles {
    private static final String[] LOCATION_PROPERTIES = {"aws.configFile", "aws.sharedCredentialsFile"};

    private SdkProfileFiles() {
    }

    static synchronized <T> T hidden(Supplier<T> build) {
        String missing = Path.of(System.getProperty("java.io.tmpdir"), "awsmfa-no-sdk-profile-" + UUID.randomUUID()).toString();
        String[] previous = new String[LOCATION_PROPERTIES.length];
        for (int i = 0; i < LOCATION_PROPERTIES.length; i++) {
            previous[i] = System.setProperty(LOCATION_PROPERTIES[i], missing);
        }
        try {
            return build.get();
        } finally {
            for (int i = 0; i < LOCATION_PROPERTIES.length; i++) {
                if (previous[i] == null) {
                    System.clearProperty(LOCATION_PROPERTIES[i]);
                } else {
                    System.setProperty(LOCATION_PROPERTIES[i], previous[i]);
                }
            }
        }
    }
}
