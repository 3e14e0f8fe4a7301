package dev.awsmfa.sts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.awsmfa.sts.SdkStsGatewayTest.CODE;
import static dev.awsmfa.sts.SdkStsGatewayTest.KEY_ID;
import static dev.awsmfa.sts.SdkStsGatewayTest.SECRET;
import static dev.awsmfa.sts.SdkStsGatewayTest.SERIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.awsmfa.session.LongTermCredentials;
import dev.awsmfa.session.StsFailure;
import dev.awsmfa.session.StsTarget;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call to a plain-http endpoint sets up no TLS at all (the trust store alone is tens of
 * milliseconds of a refresh). Checked in a fresh JVM, whose class-load log shows whether any JSSE
 * class was loaded; an https endpoint does load them, which shows the check can see it.
 */
class TlsFreeRefreshTest {
    static final String JSSE = "sun.security.ssl.";
    /** The JSSE provider's own class: every JCA look-up that walks the provider list (HmacSHA256 does) loads it. */
    static final String JSSE_PROVIDER = "sun.security.ssl.SunJSSE";

    static boolean isTlsSetUp(String className) {
        return className.startsWith(JSSE) && !className.startsWith(JSSE_PROVIDER);
    }

    @TempDir
    Path dir;
    WireMockServer sts;

    @BeforeEach
    void startSts() {
        sts = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        sts.start();
        sts.stubFor(post("/").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody(SdkStsGatewayTest.body("get-session-token.xml"))));
    }

    @AfterEach
    void stopSts() {
        sts.stop();
    }

    /** Run in the child JVM: one GetSessionToken against the endpoint in args[0]; prints the key id or the failure kind. */
    public static void main(String[] args) {
        StsTarget target = new StsTarget(new LongTermCredentials(KEY_ID, SECRET), "us-east-1",
                Optional.of(URI.create(args[0])), Duration.ofSeconds(10));
        try (var gateway = SdkStsGateway.open(target)) {
            System.out.println(gateway.getSessionToken(SERIAL, CODE, 3600).accessKeyId());
        } catch (StsFailure failure) {
            System.out.println(failure.kind());
        }
    }

    @Test
    void a_plain_http_endpoint_loads_no_tls_class() throws Exception {
        List<String> loaded = callInFreshJvm("http://127.0.0.1:" + sts.port(), "ASIAIOSFODNN7EXAMPLE");

        assertTrue(loaded.contains("software.amazon.awssdk.services.sts.DefaultStsClient"), loaded.size() + " classes");
        assertEquals(List.of(), loaded.stream().filter(TlsFreeRefreshTest::isTlsSetUp).limit(5).collect(Collectors.toList()));
    }

    @Test
    void an_https_endpoint_does_so_the_log_would_show_it() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        List<String> loaded = callInFreshJvm("https://127.0.0.1:" + closedPort, "UNREACHABLE");

        assertTrue(loaded.stream().anyMatch(TlsFreeRefreshTest::isTlsSetUp), loaded.size() + " classes, no JSSE class");
    }

    private List<String> callInFreshJvm(String endpoint, String expectedOutput) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        Path out = dir.resolve("out.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                TlsFreeRefreshTest.class.getName(), endpoint)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), output);
        assertEquals(expectedOutput, output.strip());
        // "[0.123s][info][class,load] java.lang.Object source: shared objects file"
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .map(line -> line.substring(line.indexOf("] ", line.indexOf("class,load")) + 2).split(" ", 2)[0])
                .collect(Collectors.toList());
    }
}
