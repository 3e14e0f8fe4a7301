package dev.awsmfa.sts;

import dev.awsmfa.session.StsTarget;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.defaultsmode.DefaultsMode;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the SDK client so that everything it uses comes from the {@link StsTarget}, never from the
 * SDK's own look-ups:
 * <ul>
 * <li>region and credentials are explicit, so no region chain and no instance metadata (IMDS) call;
 * <li>the endpoint is always explicit ({@link StsEndpoints}): without one the SDK would take
 *     {@code aws.endpointUrlSts}/{@code aws.endpointUrl} system properties, then
 *     {@code AWS_ENDPOINT_URL_STS}/{@code AWS_ENDPOINT_URL}, then {@code [services]} and
 *     {@code endpoint_url} of the profile file, ahead of awsmfa's own resolution;
 * <li>an empty profile file stands in for {@code ~/.aws/config}, and {@link SdkProfileFiles} hides the
 *     user's files while the client is built, so a malformed user file cannot break the SDK and the
 *     files are read once, by awsmfa;
 * <li>FIPS, dual-stack and the defaults mode are fixed, so {@code AWS_USE_FIPS_ENDPOINT} cannot
 *     clash with the explicit endpoint and {@code AWS_DEFAULTS_MODE=auto} cannot query IMDS.
 * </ul>
 * Proxy settings of the JVM and the proxy environment variables still apply through the url-connection client,
 * which people behind a corporate proxy need.
 */
final class StsClientFactory {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private StsClientFactory() {
    }

    static StsClient create(StsTarget target, URI endpoint, List<ExecutionInterceptor> interceptors) {
        return SdkProfileFiles.hidden(() -> build(target, endpoint, interceptors));
    }

    private static StsClient build(StsTarget target, URI endpoint, List<ExecutionInterceptor> interceptors) {
        Duration timeout = target.timeout();
        ProfileFile noProfiles = emptyProfileFile();
        return StsClient.builder()
                .region(Region.of(target.region()))
                .endpointOverride(endpoint)
                .fipsEnabled(false)
                .dualstackEnabled(false)
                .defaultsMode(DefaultsMode.LEGACY)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        target.credentials().accessKeyId(), target.credentials().secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(shorter(CONNECT_TIMEOUT, timeout))
                        .socketTimeout(timeout)
                        .build())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        // Both are needed: with only the file, the SDK still primes its default supplier (~/.aws/*).
                        .defaultProfileFile(noProfiles)
                        .defaultProfileFileSupplier(() -> noProfiles)
                        .defaultProfileName("default")
                        .apiCallTimeout(timeout)
                        // A hung attempt is never retried (the code may be spent), so one attempt may use the whole budget.
                        .apiCallAttemptTimeout(timeout)
                        .retryStrategy(ThrottlingRetryStrategy.create())
                        .executionInterceptors(interceptors)
                        .build())
                .build();
    }

    private static ProfileFile emptyProfileFile() {
        return ProfileFile.builder()
                .content(new ByteArrayInputStream(new byte[0]))
                .type(ProfileFile.Type.CONFIGURATION)
                .build();
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
