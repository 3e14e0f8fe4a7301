package dev.awsmfa.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.awsmfa.Env;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AwsPathsTest {

    @Nested
    class Home {
        @Test
        void is_HOME_first() {
            assertEquals(Path.of("/home/alice"), AwsPaths.home(Env.of(Map.of("HOME", "/home/alice", "USERPROFILE", "C:\\Users\\bob"))));
        }

        @Test
        void is_USERPROFILE_on_windows() {
            assertEquals(Path.of("C:\\Users\\bob"), AwsPaths.home(Env.of(Map.of("USERPROFILE", "C:\\Users\\bob"))));
        }

        @Test
        void is_HOMEDRIVE_and_HOMEPATH_next() {
            assertEquals(Path.of("D:\\Users\\carol"), AwsPaths.home(Env.of(Map.of("HOMEDRIVE", "D:", "HOMEPATH", "\\Users\\carol"))));
        }

        @Test
        void is_the_jvm_user_home_last_and_ignores_blank_variables() {
            assertEquals(Path.of(System.getProperty("user.home")), AwsPaths.home(Env.of(Map.of("HOME", " "))));
        }
    }

    @Test
    void defaults_to_dot_aws_in_home() {
        AwsPaths paths = AwsPaths.resolve(Env.of(Map.of("HOME", "/home/alice")));

        assertEquals(Path.of("/home/alice", ".aws", "credentials"), paths.credentialsFile());
        assertEquals(Path.of("/home/alice", ".aws", "config"), paths.configFile());
    }

    @Test
    void uses_the_windows_profile_directory() {
        AwsPaths paths = AwsPaths.resolve(Env.of(Map.of("USERPROFILE", "C:\\Users\\bob")));

        assertEquals(Path.of("C:\\Users\\bob", ".aws", "credentials"), paths.credentialsFile());
    }

    @Test
    void honours_the_aws_variables_with_tilde_expanded() {
        AwsPaths paths = AwsPaths.resolve(Env.of(Map.of("HOME", "/home/alice",
                "AWS_SHARED_CREDENTIALS_FILE", "~/secrets/creds", "AWS_CONFIG_FILE", "/etc/aws/config")));

        assertEquals(Path.of("/home/alice", "secrets/creds"), paths.credentialsFile());
        assertEquals(Path.of("/etc/aws/config"), paths.configFile());
    }

    @Test
    void expands_environment_variables_like_botocore_and_keeps_unknown_ones() {
        AwsPaths paths = AwsPaths.resolve(Env.of(Map.of("HOME", "/home/alice", "TEAM", "blue",
                "AWS_SHARED_CREDENTIALS_FILE", "$HOME/${TEAM}/creds", "AWS_CONFIG_FILE", "/x/$NOPE/config")));

        assertEquals(Path.of("/home/alice/blue/creds"), paths.credentialsFile());
        assertEquals(Path.of("/x/$NOPE/config"), paths.configFile());
    }
}
