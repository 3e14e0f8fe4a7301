package dev.awsmfa;

import dev.awsmfa.session.StsGateway;
import dev.awsmfa.session.StsGatewayFactory;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.sts.SdkStsGateway;

/**
 * Opens the AWS SDK's STS gateway. The SDK's classes are loaded only when {@link #open} runs, which
 * keeps them off every path that needs no network.
 */
final class SdkGateways implements StsGatewayFactory {
    @Override
    public StsGateway open(StsTarget target) {
        return dev.awsmfa.sts.SdkStsGateway.open(target);
    }
}
