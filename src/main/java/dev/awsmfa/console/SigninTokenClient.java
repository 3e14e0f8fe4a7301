package dev.awsmfa.console;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks the federation endpoint for a sign-in token: one GET, bounded in time and size. The request carries the
 * session's keys and the answer is a bearer secret, so no failure names the URL, quotes the answer or keeps the
 * JDK's exception (whose message or trace, shown with DEBUG, might).
 */
public final class SigninTokenClient {
    /** A real answer is about 1 KiB of JSON; anything far larger is not the sign-in endpoint. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final Duration timeout;

    public SigninTokenClient(Duration timeout) {
        this.timeout = timeout;
    }

    /** The sign-in token for the session of {@code request} (a getSigninToken URL). */
    public String signinToken(URI request) {
        String host = describe(request);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<InputStream> response;
        byte[] body;
        try {
            response = client.send(HttpRequest.newBuilder(request).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_ANSWER_BYTES + 1);
            }
        } catch (HttpTimeoutException e) {
            throw unreachable(host, "no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw unreachable(host, "cannot connect or the connection broke (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(host, "interrupted");
        }
        if (response.statusCode() != 200) {
            throw new AwsMfaException(ExitCode.CREDENTIALS_REJECTED, "The sign-in endpoint at " + host + " refused "
                    + "the session (HTTP " + response.statusCode() + "): it takes only role or federation credentials "
                    + "that are still valid; check the role or try again.");
        }
        if (body.length > MAX_ANSWER_BYTES) {
            throw new AwsMfaException(ExitCode.NETWORK, "The sign-in endpoint at " + host + " sent an answer larger "
                    + "than any sign-in token (more than " + MAX_ANSWER_BYTES / 1024 + " KiB): check --signin-endpoint.");
        }
        String token = SigninAnswer.token(new String(body, StandardCharsets.UTF_8));
        if (token == null) {
            throw new AwsMfaException(ExitCode.NETWORK, "The sign-in endpoint at " + host + " answered without a "
                    + "sign-in token: check --signin-endpoint, or try again.");
        }
        return token;
    }

    /** Scheme, host and port, never the path or query (which holds the session). */
    static String describe(URI endpoint) {
        return endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }

    private static AwsMfaException unreachable(String host, String why) {
        return new AwsMfaException(ExitCode.NETWORK, "Could not get a sign-in token from " + host + ": " + why
                + ". Check your network or proxy (or --signin-endpoint), then try again.");
    }
}
