package dev.awsmfa.sts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.urlconnection.ProxyConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * A plain-http endpoint gets a client without a TLS context that still goes where the SDK's own
 * client would: each case runs the same request through both and checks what the server saw.
 */
class StsHttpClientsTest {
    static final Duration CONNECT = Duration.ofSeconds(3);
    static final Duration READ = Duration.ofSeconds(7);

    /** The two clients that must behave alike on an http URL. */
    enum Client {
        SDK_DEFAULT(() -> UrlConnectionHttpClient.builder().connectionTimeout(CONNECT).socketTimeout(READ).build()),
        PLAIN(() -> StsHttpClients.forEndpoint(URI.create("http://127.0.0.1/"), CONNECT, READ));

        final Supplier<SdkHttpClient> create;

        Client(Supplier<SdkHttpClient> create) {
            this.create = create;
        }
    }

    final SystemProperties properties = new SystemProperties();
    WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(post("/").willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @AfterEach
    void stop() {
        properties.restore();
        server.stop();
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String send(Client client, String url) throws IOException {
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(URI.create(url))
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .putHeader("Content-Length", "6")
                .build();
        try (SdkHttpClient http = client.create.get()) {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(request)
                    .contentStreamProvider(() -> new ByteArrayInputStream("a=b&c=".getBytes(StandardCharsets.UTF_8)))
                    .build()).call();
            try (InputStream body = response.responseBody().orElseThrow()) {
                return response.httpResponse().statusCode() + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void a_direct_request_reaches_the_server_with_its_body(Client client) throws IOException {
        assertEquals("200 ok", send(client, "http://127.0.0.1:" + server.port() + "/"));

        server.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(equalTo("a=b&c=")));
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void the_jvm_proxy_properties_send_it_through_the_proxy_with_its_credentials(Client client) throws IOException {
        properties.set("http.proxyHost", "127.0.0.1");
        properties.set("http.proxyPort", String.valueOf(server.port()));
        properties.set("http.proxyUser", "proxy-user");
        properties.set("http.proxyPassword", "proxy-pass");

        // The host does not resolve: only the proxy can deliver this request.
        assertEquals("200 ok", send(client, "http://sts.awsmfa.invalid:4566/"));

        String basic = Base64.getEncoder().encodeToString("proxy-user:proxy-pass".getBytes(StandardCharsets.UTF_8));
        server.verify(1, postRequestedFor(urlEqualTo("/"))
                .withHeader("Host", equalTo("sts.awsmfa.invalid:4566"))
                .withHeader("Proxy-Authorization", equalTo("Basic " + basic)));
    }

    @ParameterizedTest
    @EnumSource(Client.class)
    void a_non_proxy_host_goes_direct(Client client) throws IOException {
        properties.set("http.proxyHost", "127.0.0.1");
        properties.set("http.proxyPort", String.valueOf(closedPort()));
        properties.set("http.nonProxyHosts", "localhost|127.0.0.1");

        assertEquals("200 ok", send(client, "http://127.0.0.1:" + server.port() + "/"));

        server.verify(1, postRequestedFor(urlEqualTo("/")));
    }

    @Nested
    class PlainConnections {
        final ProxyConfiguration noProxy = ProxyConfiguration.builder().useSystemPropertyValues(false)
                .useEnvironmentVariablesValues(false).build();

        @Test
        void a_connection_carries_both_timeouts() throws IOException {
            HttpURLConnection connection = new StsHttpClients.PlainConnections(noProxy, CONNECT, READ)
                    .createConnection(URI.create("http://127.0.0.1:" + server.port() + "/"));

            assertEquals(3_000, connection.getConnectTimeout());
            assertEquals(7_000, connection.getReadTimeout());
        }

        @Test
        void an_https_url_is_refused_rather_than_opened_without_the_sdks_tls_settings() {
            StsHttpClients.PlainConnections connections = new StsHttpClients.PlainConnections(noProxy, CONNECT, READ);

            assertThrows(IllegalArgumentException.class,
                    () -> connections.createConnection(URI.create("https://sts.us-east-1.amazonaws.com")));
        }

        @Test
        void the_proxy_is_skipped_for_matching_hosts_only() {
            ProxyConfiguration proxy = ProxyConfiguration.builder().endpoint(URI.create("http://proxy.example:3128"))
                    .nonProxyHosts(Set.of("localhost", ".*\\.internal")).useSystemPropertyValues(false)
                    .useEnvironmentVariablesValues(false).build();
            StsHttpClients.PlainConnections connections = new StsHttpClients.PlainConnections(proxy, CONNECT, READ);

            assertNull(connections.proxyFor(URI.create("http://LOCALHOST:4566/")));
            assertNull(connections.proxyFor(URI.create("http://sts.corp.internal/")));
            assertEquals(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.example", 3128)),
                    connections.proxyFor(URI.create("http://sts.example/")));
            assertNull(new StsHttpClients.PlainConnections(noProxy, CONNECT, READ).proxyFor(URI.create("http://sts.example/")));
        }
    }
}
