package dev.awsmfa.console;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which federation endpoint gets the session: the partition's, or an override ({@code --signin-endpoint}, else
 * {@code AWSMFA_SIGNIN_ENDPOINT}) for tests and private partitions. The session's keys travel in its query, so an
 * override must be https, or http to this machine only.
 */
public final class SigninEndpoint {
    public static final String VARIABLE = "AWSMFA_SIGNIN_ENDPOINT";

    private SigninEndpoint() {
    }

    public static URI resolve(Optional<String> flag, Env env, Partition partition) {
        if (flag.isPresent()) {
            return check(flag.get(), "--signin-endpoint");
        }
        Optional<String> variable = env.get(VARIABLE);
        if (variable.isPresent()) {
            return check(variable.get(), VARIABLE);
        }
        return URI.create(partition.federationEndpoint());
    }

    static URI check(String value, String source) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(value, source, "is not a valid URL");
        }
        if (uri.getHost() == null || uri.getScheme() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw invalid(value, source, "is not an http(s) URL with a host and no query");
        }
        if (uri.getScheme().equals("https")) {
            return uri;
        }
        if (uri.getScheme().equals("http") && isLoopback(uri.getHost())) {
            return uri;
        }
        throw invalid(value, source, "must be https (http only to this machine: 127.0.0.1, ::1, localhost), as it "
                + "receives the session's keys");
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!isAddressLiteral(literal)) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** An IPv4 (digits and dots) or IPv6 (hex and colons, one at least) literal: getByName looks up no name. */
    private static boolean isAddressLiteral(String host) {
        boolean v6 = host.indexOf(':') >= 0;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean allowed = v6 ? Character.digit(c, 16) >= 0 || c == ':' || c == '.' : Character.isDigit(c) || c == '.';
            if (!allowed) {
                return false;
            }
        }
        return !host.isEmpty();
    }

    private static AwsMfaException invalid(String value, String source, String problem) {
        return new AwsMfaException(ExitCode.INVALID_INPUT, "Sign-in endpoint '" + value + "' (from " + source + ") "
                + problem + ": expected e.g. https://signin.aws.amazon.com/federation.");
    }
}
