package dev.awsmfa.session;

import java.util.List;

/** The IAM call awsmfa makes, failing with {@link IamFailure}; the SDK's implementation loads only when it is made. */
public interface IamGateway extends AutoCloseable {
    /** ListMFADevices without a user name: the devices of the user whose keys sign it, every page. */
    List<MfaDevice> listOwnMfaDevices();

    @Override
    void close();
}
