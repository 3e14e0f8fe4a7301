package dev.awsmfa.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.StsStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Several awsmfa processes at once, and processes killed mid-refresh: the file is never damaged. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher under /bin/sh")
class ConcurrentRefreshIT extends StubbedStsFixture {
    static final String OLD_KEY = "ASIAOLDSESSIONEXAMPLE";
    static final String NEW_KEY = "ASIAIOSFODNN7EXAMPLE";

    @BeforeEach
    void setUp() {
        aws.credentials("# team keys\n" + longTermSection("dev") + "\n[dev]\nassumed_role = False\n"
                + "aws_access_key_id = " + OLD_KEY + "\naws_secret_access_key = oldSecretEXAMPLE\n"
                + "aws_session_token = oldTokenEXAMPLE\naws_security_token = oldTokenEXAMPLE\n"
                + "expiration = 2020-01-01 00:00:00\n\n[other]\nregion = eu-west-1\n");
    }

    @Test
    void eight_processes_at_once_make_one_sts_request() throws Exception {
        sts.succeeding(43_200);
        // A slow STS keeps the first process inside the lock while the others arrive.
        String body = StsStub.body("get-session-token.xml").replaceAll("<Expiration>[^<]*</Expiration>",
                "<Expiration>" + Instant.now().plusSeconds(43_200).toString().replaceAll("\\.\\d+", "") + "</Expiration>");
        sts.server().stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody(body).withFixedDelay(1500)));

        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            processes.add(AwsMfaProcess.with(aws.env()).start("--profile", "dev", "--token", "123456"));
        }
        for (Process process : processes) {
            CliRun.Result result = AwsMfaProcess.finish(process);
            assertEquals(0, result.exitCode(), result::toString);
        }
        assertEquals(1, sts.requests().size());
        ProfileDocument document = parse();
        assertTrue(document.botocoreView().containsKey("dev"), "the one [dev] section");
        assertEquals(NEW_KEY, document.profile("dev").flatMap(s -> s.get("aws_access_key_id")).orElseThrow());
    }

    @Test
    void a_process_killed_at_any_point_leaves_the_old_or_the_new_session() throws Exception {
        sts.succeeding(43_200);
        Random random = new Random(20261128L);
        for (int i = 0; i < 20; i++) {
            Process process = AwsMfaProcess.with(aws.env()).start("--profile", "dev", "--force", "--token", "123456");
            Thread.sleep(random.nextInt(900));
            process.destroyForcibly().waitFor();

            ProfileDocument document = parse();
            ProfileSection dev = document.profile("dev").orElseThrow();
            String key = dev.get("aws_access_key_id").orElseThrow();
            assertTrue(key.equals(OLD_KEY) || key.equals(NEW_KEY), "iteration " + i + ": " + key);
            assertTrue(dev.get("expiration").isPresent(), "iteration " + i);
            assertEquals("eu-west-1", document.profile("other").flatMap(s -> s.get("region")).orElseThrow());
            assertTrue(aws.credentials().startsWith("# team keys\n" + longTermSection("dev")), aws.credentials());
        }
        // A run after the kills clears whatever temporary file a killed writer left behind.
        CliRun.Result last = AwsMfaProcess.with(aws.env()).run("--profile", "dev", "--force", "--token", "123456");
        assertEquals(0, last.exitCode(), last::toString);
        try (Stream<Path> files = Files.list(aws.credentialsFile().getParent())) {
            List<String> leftovers = files.map(p -> p.getFileName().toString()).filter(n -> n.contains("tmp")).toList();
            assertEquals(List.of(), leftovers);
        }
    }

    private ProfileDocument parse() throws IOException {
        byte[] bytes = Files.readAllBytes(aws.credentialsFile());
        return ProfileDocument.parse(aws.credentialsFile().toString(), bytes, ProfileFileKind.CREDENTIALS);
    }
}
