package dev.awsmfa.session;

/** Opens a gateway for one target; called only when a refresh really needs STS. */
@FunctionalInterface
public interface StsGatewayFactory {
    StsGateway open(StsTarget target);
}
