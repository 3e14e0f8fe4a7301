package dev.awsmfa.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WireMock STS on 127.0.0.1 that answers with the recorded STS bodies in
 * {@code src/test/resources/sts-responses}, and lets tests read back the form parameters of every
 * request it got.
 */
public final class StsStub extends LoopbackWireMock {
    /** GetSessionToken, AssumeRole and GetFederationToken succeed; the session expires {@code seconds} from now. */
    public StsStub succeeding(long seconds) {
        String expiration = Instant.now().plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS).toString();
        stub("GetSessionToken", 200, expiring(body("get-session-token.xml"), expiration));
        stub("AssumeRole", 200, expiring(body("assume-role.xml"), expiration));
        stub("GetFederationToken", 200, expiring(body("get-federation-token.xml"), expiration));
        return this;
    }

    private static String expiring(String body, String expiration) {
        return body.replaceAll("<Expiration>[^<]*</Expiration>", "<Expiration>" + expiration + "</Expiration>");
    }

    /** Every call fails with the recorded error body and status. */
    public StsStub failing(String file, int status) {
        server.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "text/xml").withBody(body(file))));
        return this;
    }

    private void stub(String action, int status, String body) {
        server.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=" + action))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body)));
    }

    public List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(urlEqualTo("/")));
    }

    /** The form parameters of the only request, decoded. */
    public Map<String, String> onlyRequestParameters() {
        List<LoggedRequest> requests = requests();
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one STS request, got " + requests.size());
        }
        return form(requests.get(0).getBodyAsString());
    }

    public static Map<String, String> form(String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    public static String body(String file) {
        return resource("/sts-responses/" + file);
    }

    /** A recorded answer among the test resources, e.g. {@code /iam-responses/list-mfa-devices.xml}. */
    static String resource(String path) {
        try (InputStream in = StsStub.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded answer " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
