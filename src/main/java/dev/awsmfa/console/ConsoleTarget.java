package dev.awsmfa.console;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.net.URI;
import java.net.URISyntaxException;

/** The checks on the landing page: a service's short name, or an https console URL. */
final class ConsoleTarget {
    private ConsoleTarget() {
    }

    /** Service names as the console's paths spell them: s3, ec2, cloudwatch, iam... */
    static void checkService(String service) {
        boolean valid = !service.isEmpty() && service.length() <= 64;
        for (int i = 0; i < service.length() && valid; i++) {
            char c = service.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        }
        if (!valid) {
            throw new AwsMfaException(ExitCode.INVALID_INPUT, "--service '" + service + "' is not a console service "
                    + "name: use its short name in lower case, e.g. s3, ec2, cloudwatch.");
        }
    }

    static String checkDestination(String destination) {
        try {
            URI uri = new URI(destination);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                return destination;
            }
        } catch (URISyntaxException e) {
            // Refused below.
        }
        throw new AwsMfaException(ExitCode.INVALID_INPUT, "--destination '" + destination + "' is not an https URL: "
                + "expected e.g. https://console.aws.amazon.com/s3/home.");
    }
}
