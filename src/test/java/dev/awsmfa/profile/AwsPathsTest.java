package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmfa.Env;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Where the AWS files are found, on POSIX and on Windows (written with the running OS's separator). */
class AwsPathsTest {
    private static final Path HOME = Path.of("home", "alice").toAbsolutePath();
    private static final Path WINDOWS_PROFILE = Path.of("Users", "alice").toAbsolutePath();

    private static AwsPaths resolve(Map<String, String> variables) {
        return AwsPaths.resolve(Env.of(variables));
    }

    @Nested
    class Defaults {
        @Test
        void are_under_home_dot_aws() {
            AwsPaths paths = resolve(Map.of("HOME", HOME.toString()));
            assertEquals(HOME.resolve(".aws").resolve("credentials"), paths.credentialsFile());
            assertEquals(HOME.resolve(".aws").resolve("config"), paths.configFile());
        }

        @Test
        void use_userprofile_when_home_is_not_set_as_on_windows() {
            AwsPaths paths = resolve(Map.of("USERPROFILE", WINDOWS_PROFILE.toString()));
            assertEquals(WINDOWS_PROFILE.resolve(".aws").resolve("credentials"), paths.credentialsFile());
        }

        @Test
        void prefer_home_over_userprofile_as_botocore_does() {
            AwsPaths paths = resolve(Map.of("HOME", HOME.toString(), "USERPROFILE", WINDOWS_PROFILE.toString()));
            assertEquals(HOME.resolve(".aws").resolve("config"), paths.configFile());
        }

        @Test
        void use_homedrive_and_homepath_without_either() {
            // Windows sets HOMEDRIVE=C: and HOMEPATH=\Users\alice; the split point does not matter.
            String drive = WINDOWS_PROFILE.getParent().toString();
            String path = java.io.File.separator + WINDOWS_PROFILE.getFileName();
            AwsPaths paths = resolve(Map.of("HOMEDRIVE", drive, "HOMEPATH", path));
            assertEquals(WINDOWS_PROFILE.resolve(".aws").resolve("credentials"), paths.credentialsFile());
        }
    }

    @Nested
    class Overrides {
        @Test
        void take_the_variables_as_given() {
            Path credentials = HOME.resolve("work").resolve("creds");
            AwsPaths paths = resolve(Map.of("HOME", HOME.toString(), "AWS_SHARED_CREDENTIALS_FILE", credentials.toString()));
            assertEquals(credentials, paths.credentialsFile());
            assertEquals(HOME.resolve(".aws").resolve("config"), paths.configFile());
        }

        @Test
        void expand_a_leading_tilde_with_either_separator() {
            AwsPaths paths = resolve(Map.of("USERPROFILE", WINDOWS_PROFILE.toString(),
                    "AWS_SHARED_CREDENTIALS_FILE", "~\\aws\\creds", "AWS_CONFIG_FILE", "~/aws/config"));
            assertEquals(Path.of(WINDOWS_PROFILE.toString(), "aws\\creds"), paths.credentialsFile());
            assertEquals(WINDOWS_PROFILE.resolve("aws").resolve("config"), paths.configFile());
        }

        @Test
        void expand_dollar_variables_like_python() {
            AwsPaths paths = resolve(Map.of("HOME", HOME.toString(), "AWS_CONFIG_FILE", "${HOME}/cfg"));
            assertEquals(HOME.resolve("cfg"), paths.configFile());
        }
    }
}
