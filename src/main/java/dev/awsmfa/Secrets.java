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
        // concat, not '+': one String, no builder (list masks one key per profile).
        return keyId.length() <= 4 ? "****" : "****".concat(keyId.substring(keyId.length() - 4));
    }
}
