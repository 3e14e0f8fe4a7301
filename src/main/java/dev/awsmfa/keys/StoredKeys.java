package dev.awsmfa.keys;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.JsonText;
import dev.awsmfa.settings.LongTermCredentials;

/**
 * What a store's entry holds: the keys as the AWS {@code credential_process} JSON (Version 1), the same text
 * {@code awsmfa keys get} prints, so an entry can be read back by hand with the store's own tool.
 */
public final class StoredKeys {
    private StoredKeys() {
    }

    public static String encode(LongTermCredentials keys) {
        return "{\"Version\": 1, \"AccessKeyId\": " + JsonText.string(keys.accessKeyId())
                + ", \"SecretAccessKey\": " + JsonText.string(keys.secretAccessKey()) + "}";
    }

    /** The keys of an entry's text; {@code where} names the entry in the refusal (never the text). */
    public static LongTermCredentials decode(String text, String where) {
        try {
            return CredentialProcess.keys(text, where);
        } catch (AwsMfaException e) {
            throw new AwsMfaException(ExitCode.KEY_STORE, e.getMessage(), e);
        }
    }
}
