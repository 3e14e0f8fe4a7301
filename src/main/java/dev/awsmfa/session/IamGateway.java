package dev.awsmfa.session;

import dev.awsmfa.settings.LongTermCredentials;
import java.util.List;

/** The IAM calls awsmfa makes (devices; access keys for rotate), failing with {@link IamFailure}; the SDK's implementation loads only when it is made. */
public interface IamGateway extends AutoCloseable {
    /** ListMFADevices without a user name: the devices of the user whose keys sign it, every page. */
    List<MfaDevice> listOwnMfaDevices();

    /** ListAccessKeys: the ids of the access keys of {@code user} (at most two). */
    List<String> listAccessKeys(String user);

    /** CreateAccessKey for {@code user}: the new key pair, its secret shown by IAM this once. */
    LongTermCredentials createAccessKey(String user);

    /** DeleteAccessKey of {@code user}'s key {@code accessKeyId}. */
    void deleteAccessKey(String user, String accessKeyId);

    @Override
    void close();
}
