package dev.awsmfa.testing;

import java.util.List;

/**
 * Every secret value the tests hand to awsmfa or serve from the STS stub. Each end-to-end run's
 * stderr is checked against them (see {@link AwsMfaProcess#finish}), so a message, log line or
 * stack trace that leaks one fails the test that produced it.
 */
public final class SecretScan {
    /** The parts that identify each secret (a token is matched by a distinctive piece of it). */
    public static final List<String> SECRETS = List.of(
            AwsHome.LONG_TERM_SECRET,
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
            "AQoEXAMPLEH4aoAH0gNCAPyJxz4BlCFFxWNE1OPTgk5TthT",
            "FQoGZXIvYXdzEXAMPLEtokenFORtestsONLY",
            "oldSecretEXAMPLE",
            "oldTokenEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzFEDERATEDEXAMPLEKEY",
            "AQoDYXdzEPTFEDERATEDexampleTOKENforTESTSonly",
            SigninStub.TOKEN);

    private SecretScan() {
    }

    public static void assertNoSecret(String where, String text) {
        for (String secret : SECRETS) {
            if (text.contains(secret)) {
                throw new AssertionError(where + " contains a secret (" + secret.substring(0, 6) + "...):\n" + text);
            }
        }
    }
}
