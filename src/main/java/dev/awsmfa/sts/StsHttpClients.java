package dev.awsmfa.sts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.ProxyConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The HTTP client for one STS endpoint. The SDK's url-connection client builds its TLS context when
 * it is created, whatever the endpoint: the JSSE provider, its cipher suites and the JDK's whole
 * trust store (about 140 certificates parsed), half of the SDK's start-up cost in a refresh. A plain
 * {@code http://} endpoint (an {@code --endpoint-url} to LocalStack, a test stub, a local proxy)
 * never uses TLS: it gets the same client made with {@link PlainConnections}, which opens its
 * connections exactly as the SDK's own would for such a URL, minus the unused TLS context. Every
 * {@code https://} endpoint, AWS's included, keeps the SDK's client unchanged.
 */
final class StsHttpClients {
    private StsHttpClients() {
    }

    static SdkHttpClient forEndpoint(URI endpoint, Duration connectTimeout, Duration socketTimeout) {
        if ("http".equalsIgnoreCase(endpoint.getScheme())) {
            // The SDK's builder starts from these defaults too: JVM properties, then HTTP_PROXY / NO_PROXY.
            ProxyConfiguration proxy = ProxyConfiguration.builder().build();
            return UrlConnectionHttpClient.create(new PlainConnections(proxy, connectTimeout, socketTimeout));
        }
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(connectTimeout)
                .socketTimeout(socketTimeout)
                .build();
    }

    /**
     * Opens plain-HTTP connections the way the SDK's url-connection client does (2.57: proxy
     * choice, proxy authorisation, timeouts); the rest of the request (headers, method, streaming,
     * no redirects) is still set by the SDK's client. Refuses anything but {@code http}, so no TLS
     * connection can ever be opened without the SDK's TLS settings.
     */
    static final class PlainConnections implements UrlConnectionFactory {
        private final ProxyConfiguration proxy;
        private final int connectTimeoutMillis;
        private final int readTimeoutMillis;

        PlainConnections(ProxyConfiguration proxy, Duration connectTimeout, Duration readTimeout) {
            this.proxy = proxy;
            this.connectTimeoutMillis = millis(connectTimeout);
            this.readTimeoutMillis = millis(readTimeout);
        }

        @Override
        public HttpURLConnection createConnection(URI uri) {
            if (!"http".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException("Only plain http URLs are opened here, not " + uri.getScheme());
            }
            Proxy via = proxyFor(uri);
            HttpURLConnection connection;
            try {
                URL url = uri.toURL();
                connection = (HttpURLConnection) (via == null ? url.openConnection() : url.openConnection(via));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (via != null && !isEmpty(proxy.username()) && !isEmpty(proxy.password())) {
                String token = proxy.username() + ":" + proxy.password();
                connection.addRequestProperty("proxy-authorization",
                        "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
            }
            connection.setConnectTimeout(connectTimeoutMillis);
            connection.setReadTimeout(readTimeoutMillis);
            return connection;
        }

        /** The SDK's rule: its proxy, unless a non-proxy pattern matches the host; else the JVM's own selector decides. */
        Proxy proxyFor(URI uri) {
            if (proxy.host() == null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.getDefault());
            if (proxy.nonProxyHosts().stream().anyMatch(host::matches)) {
                return null;
            }
            return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port()));
        }

        private static boolean isEmpty(String value) {
            return value == null || value.isEmpty();
        }

        private static int millis(Duration duration) {
            return (int) Math.min(duration.toMillis(), Integer.MAX_VALUE);
        }
    }
}
