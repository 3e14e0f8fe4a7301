package dev.awsmfa.sts;

import dev.awsmfa.session.StsFailure;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.endpoints.StsEndpointParams;
import software.amazon.awssdk.services.sts.endpoints.StsEndpointProvider;

/**
 * Which STS endpoint a call goes to: the override, else the SDK's rules for the region (regional, China's and
 * GovCloud's hosts), always handed to the client as explicit, so the SDK never substitutes its own (from
 * {@code AWS_ENDPOINT_URL*}, {@code aws.endpointUrl*}, a profile file) and messages name the host contacted.
 */
public final class StsEndpoints {
    private StsEndpoints() {
    }

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
            throw new StsFailure(StsFailure.Kind.INVALID_REQUEST, "Cannot work out the STS endpoint for region '"
                    + region + "': check the region name (e.g. eu-west-1) or pass --endpoint-url.", e);
        }
    }

    /** The host (and port, when not the scheme's default) to name in messages. */
    public static String describe(URI endpoint) {
        String host = endpoint.getHost() == null ? endpoint.toString() : endpoint.getHost();
        return endpoint.getPort() == -1 ? host : host + ":" + endpoint.getPort();
    }
}
