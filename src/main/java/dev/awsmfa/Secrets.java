package dev.awsmfa;

/** How secret values are shown to people: never whole. */
public final class Secrets {
    private Secrets() {
    }

    /** An access key id as {@code ****ABCD}: enough to tell keys apart, useless to an attacker. */
    public static String maskKeyId(String keyId) {
        if (keyId == null || keyId.isEmpty()) {
            return "(none)";
        }
        return keyId.length() <= 4 ? "****" : "****" + keyId.substring(keyId.length() - 4);
    }
}
