package dev.awsmfa.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;

/**
 * A WireMock IAM on 127.0.0.1 answering ListMFADevices with the recorded bodies in
 * {@code src/test/resources/iam-responses}: alice-phone, a security key, alice-tablet; or AccessDenied.
 */
public final class IamStub extends LoopbackWireMock {
    public static final String PHONE = "arn:aws:iam::123456789012:mfa/alice-phone";
    public static final String KEY = "arn:aws:iam::123456789012:u2f/user/alice/yubikey-EXAMPLE1234";
    public static final String TABLET = "arn:aws:iam::123456789012:mfa/alice-tablet";

    /** ListMFADevices answers with the user's three devices. */
    public IamStub listing() {
        return answering(200, "list-mfa-devices.xml");
    }

    /** ListMFADevices is denied, as for a user whose policies do not allow it. */
    public IamStub denying() {
        return answering(403, "error-access-denied.xml");
    }

    private IamStub answering(int status, String file) {
        server.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=ListMFADevices"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body(file))));
        return this;
    }

    /** Every request, whatever its path or method. */
    public List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    public static String body(String file) {
        return StsStub.resource("/iam-responses/" + file);
    }
}
