package dev.awsmfa.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WireMock federation endpoint on 127.0.0.1: getSigninToken answers with {@link #TOKEN}; tests read back the
 * query parameters it got (WireMock decodes them).
 */
public final class SigninStub implements AutoCloseable {
    /** Obviously fake, and long enough that finding it in output cannot be chance. */
    public static final String TOKEN = "FAKEsigninTOKENforTESTSonly_0123456789-abcdefghijklmnopqrstuvwxyz";
    public static final String PATH = "/federation";

    private final WireMockServer server;

    public SigninStub() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    /** The federation endpoint's URL, for --signin-endpoint or AWSMFA_SIGNIN_ENDPOINT. */
    public String url() {
        return "http://127.0.0.1:" + server.port() + PATH;
    }

    public SigninStub succeeding() {
        return answering(200, "{\"SigninToken\":\"" + TOKEN + "\"}");
    }

    public SigninStub answering(int status, String body) {
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("Action", equalTo("getSigninToken"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(body)));
        return this;
    }

    public List<LoggedRequest> requests() {
        return server.findAll(getRequestedFor(urlPathEqualTo(PATH)));
    }

    /** The only request's query parameter, decoded. */
    public String onlyParameter(String name) {
        List<LoggedRequest> requests = requests();
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one getSigninToken request, got " + requests.size());
        }
        return requests.get(0).queryParameter(name).isPresent() ? requests.get(0).queryParameter(name).firstValue()
                : null;
    }

    /** A URL's query parameters, each decoded once, in their order. */
    public static Map<String, String> query(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    @Override
    public void close() {
        server.stop();
    }
}
