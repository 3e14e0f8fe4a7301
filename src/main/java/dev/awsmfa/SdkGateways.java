package dev.awsmfa;

import dev.awsmfa.session.IamGateway;
import dev.awsmfa.session.IamGatewayFactory;
import dev.awsmfa.session.StsGateway;
import dev.awsmfa.session.StsGatewayFactory;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.sts.SdkStsGateway;

/** Opens the SDK's gateways: the SDK's classes load only when {@link #open} runs, off every no-network path. */
final class SdkGateways implements StsGatewayFactory {
    @Override
    public StsGateway open(StsTarget target) {
        return dev.awsmfa.sts.SdkStsGateway.open(target);
    }

    /** IAM's client, for the device list alone: its classes load only when devices are listed. */
    static final class Iam implements IamGatewayFactory {
        @Override
        public IamGateway open(StsTarget target) {
            return dev.awsmfa.sts.SdkIamGateway.open(target);
        }
    }
}
