package dev.awsmfa.profile;

import dev.awsmfa.Env;
import java.nio.file.Path;

/**
 * Where the two AWS files are, by the AWS conventions: {@code AWS_SHARED_CREDENTIALS_FILE} and
 * {@code AWS_CONFIG_FILE} (a leading {@code ~} expanded), else {@code ~/.aws/credentials} and
 * {@code ~/.aws/config}. Home is {@code HOME}, then {@code USERPROFILE} (Windows), then
 * {@code HOMEDRIVE}+{@code HOMEPATH}, then the JVM's {@code user.home}: botocore uses {@code HOME}
 * and the JVM ignores it, so reading it ourselves keeps both tools on the same files.
 */
public record AwsPaths(Path credentialsFile, Path configFile) {

    public static AwsPaths resolve(Env env) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The user's home directory by the rule above. */
    public static Path home(Env env) {
        throw new UnsupportedOperationException("in progress");
    }
}
