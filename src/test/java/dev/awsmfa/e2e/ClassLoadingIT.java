package dev.awsmfa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.StsStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The paths that need no network never load the AWS SDK: its classes are the bulk of a refresh's
 * start-up cost. Each run logs the classes the JVM loads (to a file, through the launcher's
 * {@code AWSMFA_JAVA_OPTS}) and the log must hold no {@code software.amazon.awssdk} class.
 */
class ClassLoadingIT {
    static final String SDK = "software.amazon.awssdk.";

    /** One argument list per no-network path; add a line here for each new one. */
    static Stream<List<String>> noNetworkPaths() {
        return Stream.of(
                List.of("--help"),
                List.of("--version"),
                List.of("--profile", "dev"),
                List.of("status", "--profile", "dev"),
                List.of("export", "--profile", "dev"),
                List.of("credential-process", "--profile", "dev"),
                List.of("list"));
    }

    @TempDir
    Path dir;
    AwsHome aws;

    @BeforeEach
    void setUp() {
        aws = new AwsHome(dir.resolve("home")).credentials(ValidSession.credentials("dev"));
    }

    @ParameterizedTest(name = "awsmfa {0}")
    @MethodSource("noNetworkPaths")
    void a_no_network_path_loads_no_aws_sdk_class(List<String> args) throws IOException {
        List<String> loaded = loadedClasses(args);
        assertTrue(loaded.contains("dev.awsmfa.Main"), "the class-load log is empty: " + loaded.size() + " classes");
        List<String> sdk = loaded.stream().filter(name -> name.startsWith(SDK)).collect(Collectors.toList());
        assertEquals(List.of(), sdk, "awsmfa " + args + " loaded AWS SDK classes");
    }

    /** The command lines run most often; picocli's model costs more than the rest of such a run. */
    static Stream<List<String>> everydayPaths() {
        return Stream.of(
                List.of("--version"),
                List.of("--profile", "dev"),
                List.of("status", "--profile", "dev", "-q"),
                List.of("export", "--profile", "dev", "--format", "fish"),
                List.of("credential-process", "--profile", "dev"),
                List.of("list", "--output", "json"));
    }

    @ParameterizedTest(name = "awsmfa {0}")
    @MethodSource("everydayPaths")
    void an_everyday_path_builds_no_picocli_model(List<String> args) throws IOException {
        List<String> loaded = loadedClasses(args);
        assertTrue(loaded.contains("dev.awsmfa.Main"), "the class-load log is empty: " + loaded.size() + " classes");
        // Its interfaces may be loaded (awsmfa's handlers implement them); any model or parser
        // needs the outer class, CommandLine, whose static methods build and run them.
        List<String> picocli = loaded.stream()
                .filter(name -> name.equals("picocli.CommandLine") || name.startsWith("picocli.CommandLine$Model"))
                .collect(Collectors.toList());
        assertEquals(List.of(), picocli, "awsmfa " + args + " built a picocli model");
    }

    @Test
    void help_does_load_picocli_so_the_log_would_show_it() throws IOException {
        assertTrue(loadedClasses(List.of("--help")).contains("picocli.CommandLine"));
    }

    @Test
    void a_refresh_does_load_it_so_the_log_would_show_it() throws IOException {
        try (StsStub sts = new StsStub()) {
            sts.succeeding(43_200);
            aws.env("AWS_ENDPOINT_URL_STS", sts.url());
            List<String> loaded = loadedClasses(List.of("--profile", "dev", "--force", "--token", "123456"));
            assertTrue(loaded.stream().anyMatch(name -> name.startsWith(SDK)), "no SDK class among " + loaded.size());
        }
    }

    private List<String> loadedClasses(List<String> args) throws IOException {
        Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
        aws.env("AWSMFA_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        CliRun.Result result = AwsMfaProcess.with(aws.env()).run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(result.err().contains("class,load"), result::toString);
        try (Stream<String> lines = Files.lines(log)) {
            // "[0.123s][info][class,load] java.lang.Object source: shared objects file"
            return lines.map(line -> line.substring(line.indexOf("] ", line.indexOf("class,load")) + 2))
                    .map(rest -> rest.split(" ", 2)[0])
                    .collect(Collectors.toList());
        }
    }
}
