package dev.awsmfa;

import com.sun.net.httpserver.HttpServer;
import dev.awsmfa.cli.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A refresh that succeeds without AWS, for the launcher's class-data training only (HOME and both AWS
 * files in its scratch directory): GetSessionToken answered on 127.0.0.1 with AWS's example keys. A
 * refresh sent to a closed port fails before the SDK reads an answer and awsmfa writes, so those ~300
 * classes would be missing from the archive; with them a refresh starts ~40 ms sooner.
 */
public final class TrainingRun {
    private TrainingRun() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(Services.system()));
    }

    static int run(Services services) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = response(Instant.now().plus(12, ChronoUnit.HOURS)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            return Cli.run(new String[] {"--profile", "awsmfa-training", "--force", "--token", "000000",
                "--no-code-guard", "--region", "us-east-1", "--endpoint-url",
                "http://127.0.0.1:" + server.getAddress().getPort()}, services);
        } finally {
            server.stop(0);
        }
    }

    static String response(Instant expiration) {
        return "<GetSessionTokenResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetSessionTokenResult>"
                + "<Credentials><AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>"
                + "<SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY</SecretAccessKey>"
                + "<SessionToken>training</SessionToken><Expiration>" + expiration.truncatedTo(ChronoUnit.SECONDS)
                + "</Expiration></Credentials></GetSessionTokenResult>"
                + "<ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata>"
                + "</GetSessionTokenResponse>";
    }
}
