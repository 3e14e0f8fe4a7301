package dev.awsmfa.console;

import dev.awsmfa.JsonText;
import dev.awsmfa.session.TemporaryCredentials;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The federation endpoint's two requests and the console page to land on; every value URL-encoded. */
public final class ConsoleUrls {
    /** What the console shows as where the user came from (its sign-out link leads back there). */
    static final String ISSUER = "awsmfa";

    private ConsoleUrls() {
    }

    /** The {@code Session} parameter of getSigninToken: the temporary key pair and its token, as JSON. */
    public static String sessionJson(TemporaryCredentials credentials) {
        return "{\"sessionId\":" + JsonText.string(credentials.accessKeyId())
                + ",\"sessionKey\":" + JsonText.string(credentials.secretAccessKey())
                + ",\"sessionToken\":" + JsonText.string(credentials.sessionToken()) + "}";
    }

    /** getSigninToken; {@code sessionDuration} is refused by AWS for federation tokens, so it is optional. */
    public static URI signinTokenRequest(URI federation, String sessionJson, Optional<Integer> sessionDuration) {
        return URI.create(federation + "?Action=getSigninToken"
                + (sessionDuration.isPresent() ? "&SessionDuration=" + sessionDuration.get() : "")
                + "&Session=" + encode(sessionJson));
    }

    /** The login URL: a bearer secret for as long as the sign-in token lives (15 minutes). */
    public static String login(URI federation, String destination, String signinToken) {
        return federation + "?Action=login&Issuer=" + encode(ISSUER) + "&Destination=" + encode(destination)
                + "&SigninToken=" + encode(signinToken);
    }

    /** The console's home, or a service's, in the region. */
    public static String destination(Partition partition, String region, Optional<String> service) {
        return "https://" + partition.consoleHost() + "/" + (service.isPresent() ? service.get() : "console")
                + "/home?region=" + encode(region);
    }

    static String encode(String value) {
        // URLEncoder writes spaces as '+', which a query accepts but some decoders do not: %20 is unambiguous.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
