package dev.awsmfa;

import dev.awsmfa.session.StsGateway;
import dev.awsmfa.session.StsGatewayFactory;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.sts.SdkStsGateway;

/** Opens the SDK's STS gateway: the SDK's classes load only when {@link #open} runs, off every no-network path. */
final class SdkGateways implements StsGatewayFactory {
    @Override
    public StsGateway open(StsTarget target) {
        return dev.awsmfa.sts.SdkStsGateway.open(target);
    }
}
