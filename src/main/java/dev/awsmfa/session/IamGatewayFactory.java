package dev.awsmfa.session;

/**
 * Opens an IAM gateway, only on the paths that list devices ({@code --setup}, a device given by name). The
 * target's region only picks the partition (IAM is global) and its endpoint override is IAM's own.
 */
@FunctionalInterface
public interface IamGatewayFactory {
    IamGateway open(StsTarget target);
}
