package dev.awsmfa.sts;

import dev.awsmfa.session.StsFailure;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.endpoints.StsEndpointParams;
import software.amazon.awssdk.services.sts.endpoints.StsEndpointProvider;

/**
 * Decides which STS endpoint a call goes to: the caller's override, or else the SDK's own rules for
 * the region (regional {@code sts.<region>.amazonaws.com}, {@code amazonaws.com.cn} in China,
 * GovCloud's hosts). The result is always handed to the client as an explicit endpoint, so the SDK
 * never substitutes one of its own from {@code AWS_ENDPOINT_URL*}, {@code aws.endpointUrl*} or a
 * profile file, and the host named in messages is the one really contacted.
 */
public final class StsEndpoints {
    private StsEndpoints() {
    }

    /** The endpoint for {@code region}, or {@code override} when present. */
    public static URI resolve(String region, Optional<URI> override) {
        if (override.isPresent()) {
            return override.get();
        }
        StsEndpointParams params = StsEndpointParams.builder()
                .region(Region.of(region))
                .useFips(false)
                .useDualStack(false)
                .useGlobalEndpoint(false)
                .build();
        try {
            return StsEndpointProvider.defaultProvider().resolveEndpoint(params).join().url();
        } catch (CompletionException | IllegalArgumentException e) {
            throw new StsFailure(StsFailure.Kind.INVALID_REQUEST, "Cannot work out the STS endpoint for region '" + region
                    + "': check the region name (e.g. eu-west-1) or pass --endpoint-url.", e);
        }
    }

    /** The host (and port, when not the scheme's default) to name in messages. */
    public static String describe(URI endpoint) {
        String host = endpoint.getHost() == null ? endpoint.toString() : endpoint.getHost();
        return endpoint.getPort() == -1 ? host : host + ":" + endpoint.getPort();
    }
}
