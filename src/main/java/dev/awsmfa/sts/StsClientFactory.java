package dev.awsmfa.sts;

import dev.awsmfa.session.StsTarget;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.defaultsmode.DefaultsMode;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the SDK's clients (STS's, and IAM's for the device list) so that everything they use comes from the
 * {@link StsTarget}, never from the SDK's own look-ups:
 * <ul>
 * <li>region and credentials are explicit, so no region chain and no instance metadata (IMDS) call;
 * <li>the endpoint is always explicit ({@link StsEndpoints}): without one the SDK would take
 *     {@code aws.endpointUrlSts}/{@code aws.endpointUrl} system properties, then
 *     {@code AWS_ENDPOINT_URL_STS}/{@code AWS_ENDPOINT_URL}, then {@code [services]} and
 *     {@code endpoint_url} of the profile file, ahead of awsmfa's own resolution;
 * <li>an empty profile file stands in for {@code ~/.aws/config}, and the user's files are hidden while
 *     the client is built ({@link #create}), so a malformed one cannot break the SDK and the files are
 *     read once, by awsmfa;
 * <li>FIPS, dual-stack and the defaults mode are fixed, so {@code AWS_USE_FIPS_ENDPOINT} cannot
 *     clash with the explicit endpoint and {@code AWS_DEFAULTS_MODE=auto} cannot query IMDS.
 * </ul>
 * Proxy settings of the JVM and the proxy environment variables still apply through the url-connection
 * client, which people behind a corporate proxy need.
 */
final class StsClientFactory {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final String[] LOCATION_PROPERTIES = {"aws.configFile", "aws.sharedCredentialsFile"};

    private StsClientFactory() {
    }

    static StsClient create(StsTarget target, URI endpoint, List<ExecutionInterceptor> interceptors) {
        return create(StsClient.builder().endpointOverride(endpoint), target, interceptors);
    }

    /**
     * IAM's client: at {@code endpoint} when given, else where the SDK's rules put IAM. Not made explicit like
     * STS's: IAM's global endpoint is signed for its own region (us-east-1 in the aws partition), which only the
     * rules' answer carries; awsmfa has already read every override the SDK would look for.
     */
    static IamClient createIam(StsTarget target, Optional<URI> endpoint, List<ExecutionInterceptor> interceptors) {
        IamClientBuilder builder = IamClient.builder();
        if (endpoint.isPresent()) {
            builder.endpointOverride(endpoint.get());
        }
        return create(builder, target, interceptors);
    }

    /**
     * SDK 2.57 builds its global defaults on their own before merging in ours, and so reads the default
     * profile files even when the client is given its own (empty) one: a malformed user file would fail
     * the build, and the files would be read twice. The SDK takes their locations from the
     * {@code aws.configFile} / {@code aws.sharedCredentialsFile} system properties first, so while the
     * client is built they point at a file that does not exist, then get their previous values back.
     */
    private static synchronized <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C create(B builder,
            StsTarget target, List<ExecutionInterceptor> interceptors) {
        String missing = Path.of(System.getProperty("java.io.tmpdir"), "awsmfa-no-sdk-profile-" + UUID.randomUUID())
                .toString();
        String[] previous = new String[LOCATION_PROPERTIES.length];
        for (int i = 0; i < LOCATION_PROPERTIES.length; i++) {
            previous[i] = System.setProperty(LOCATION_PROPERTIES[i], missing);
        }
        try {
            return build(builder, target, interceptors);
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

    private static AwsCredentials credentials(StsTarget target) {
        String keyId = target.credentials().accessKeyId();
        String secret = target.credentials().secretAccessKey();
        return target.sessionToken().isPresent()
                ? AwsSessionCredentials.create(keyId, secret, target.sessionToken().get())
                : AwsBasicCredentials.create(keyId, secret);
    }

    private static <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C build(B builder,
            StsTarget target, List<ExecutionInterceptor> interceptors) {
        Duration timeout = target.timeout();
        ProfileFile noProfiles = ProfileFile.builder().content(new ByteArrayInputStream(new byte[0]))
                .type(ProfileFile.Type.CONFIGURATION).build();
        return builder
                .region(Region.of(target.region()))
                .fipsEnabled(false)
                .dualstackEnabled(false)
                .defaultsMode(DefaultsMode.LEGACY)
                .credentialsProvider(StaticCredentialsProvider.create(credentials(target)))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT.compareTo(timeout) <= 0 ? CONNECT_TIMEOUT : timeout)
                        .socketTimeout(timeout)
                        .build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        // Both are needed: with only the file, the SDK still primes its default supplier (~/.aws/*).
                        .defaultProfileFile(noProfiles)
                        .defaultProfileFileSupplier(() -> noProfiles)
                        .defaultProfileName("default")
                        .apiCallTimeout(timeout)
                        // A hung attempt is never retried (its code may be spent): one attempt may use it all.
                        .apiCallAttemptTimeout(timeout)
                        .retryStrategy(ThrottlingRetryStrategy.create())
                        .executionInterceptors(interceptors)
                        .build())
                .build();
    }
}
