package dev.awsmfa.console;

/** The AWS partitions awsmfa can open a console in: each has its own sign-in and console hosts. */
public enum Partition {
    AWS("signin.aws.amazon.com", "console.aws.amazon.com"),
    AWS_US_GOV("signin.amazonaws-us-gov.com", "console.amazonaws-us-gov.com"),
    AWS_CN("signin.amazonaws.cn", "console.amazonaws.cn");

    private final String signinHost;
    private final String consoleHost;

    Partition(String signinHost, String consoleHost) {
        this.signinHost = signinHost;
        this.consoleHost = consoleHost;
    }

    /** The partition a region belongs to, as AWS names them: us-gov-west-1, cn-north-1, else the commercial one. */
    public static Partition of(String region) {
        if (region.startsWith("us-gov-")) {
            return AWS_US_GOV;
        }
        if (region.startsWith("cn-")) {
            return AWS_CN;
        }
        return AWS;
    }

    public String signinHost() {
        return signinHost;
    }

    public String consoleHost() {
        return consoleHost;
    }

    /** The federation endpoint that exchanges a session for a sign-in token. */
    public String federationEndpoint() {
        return "https://" + signinHost + "/federation";
    }
}
