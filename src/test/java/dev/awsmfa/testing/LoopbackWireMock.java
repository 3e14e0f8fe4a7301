package dev.awsmfa.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/** A WireMock server on 127.0.0.1 and a free port, for the AWS stubs (each service its own, counted apart). */
abstract class LoopbackWireMock implements AutoCloseable {
    final WireMockServer server;

    LoopbackWireMock() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    public WireMockServer server() {
        return server;
    }

    @Override
    public void close() {
        server.stop();
    }
}
