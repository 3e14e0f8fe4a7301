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
 * awsmfa's start-up rules, checked in the JVM's class-load log (written to a file through the
 * launcher's {@code AWSMFA_JAVA_OPTS}) rather than kept as comments: the paths that need no network
 * never load the AWS SDK (the bulk of a refresh's start-up), and the everyday command lines load no
 * picocli model, no regular expression engine and define no hidden class (a lambda or method
 * reference, a method-handle form), each of which costs milliseconds on a cold JVM
 * (docs/decisions/0002). The last tests show that the log would show each of them.
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
        // A second profile named in CJK: list measures its width in terminal columns too.
        // And one whose long-term keys a credential_process would print (it does not exist: it must not run).
        aws = new AwsHome(dir.resolve("home")).credentials(ValidSession.credentials("dev") + "\n"
                        + ValidSession.credentials("開発") + "\n"
                        + ValidSession.credentials("vault").substring(AwsHome.longTermSection("vault").length() + 1))
                .config("[default]\nregion = eu-west-1\n\n[profile dev]\nregion = eu-west-1\nmfa_serial = "
                        + AwsHome.DEVICE + "\n\n[profile ops]\nrole_arn = arn:aws:iam::123456789012:role/ops\n"
                        + "source_profile = dev\n\n[profile vault-long-term]\ncredential_process = "
                        + "/nonexistent/print-keys --profile vault\nmfa_serial = " + AwsHome.DEVICE + "\n");
    }

    @ParameterizedTest(name = "awsmfa {0}")
    @MethodSource("noNetworkPaths")
    void a_no_network_path_loads_no_aws_sdk_class(List<String> args) throws IOException {
        List<String> loaded = loadedClasses(args);
        assertEquals(List.of(), matching(loaded, SDK), "awsmfa " + args + " loaded AWS SDK classes");
    }

    /** The command lines run most often: every shell start, prompt, credential_process call. */
    static Stream<List<String>> everydayPaths() {
        return Stream.of(
                List.of("--version"),
                List.of("--profile", "dev"),
                // README's rc-file line
                List.of("--profile", "dev", "--log-level", "WARNING"),
                List.of("status", "--profile", "dev", "-q"),
                List.of("status", "--profile", "dev", "--output", "json"),
                List.of("export", "--profile", "dev"),
                List.of("export", "--profile", "dev", "--format", "fish"),
                List.of("export", "--profile", "dev", "--format", "powershell"),
                List.of("export", "--profile", "dev", "--format", "cmd"),
                List.of("export", "--profile", "dev", "--format", "dotenv"),
                List.of("export", "--profile", "dev", "--format", "json"),
                List.of("credential-process", "--profile", "dev"),
                List.of("list"),
                List.of("list", "--output", "json"),
                // Long-term keys from a credential_process: where they come from is decided, nothing is run.
                List.of("--profile", "vault"),
                List.of("status", "--profile", "vault"),
                List.of("export", "--profile", "vault"),
                List.of("credential-process", "--profile", "vault"));
    }

    @ParameterizedTest(name = "awsmfa {0}")
    @MethodSource("everydayPaths")
    void an_everyday_path_keeps_the_start_up_rules(List<String> args) throws IOException {
        List<String> loaded = loadedClasses(args);
        assertEquals(List.of(), matching(loaded, SDK), "awsmfa " + args + " loaded the AWS SDK");
        // picocli's interfaces may be loaded (awsmfa's classes implement them); a model or a parser
        // needs the outer class, CommandLine, whose static methods build and run them.
        assertEquals(List.of(), matching(loaded, "picocli.CommandLine$Model", "picocli.CommandLine "),
                "awsmfa " + args + " built a picocli model");
        assertEquals(List.of(), matching(loaded, "java.util.regex."), "awsmfa " + args + " used a regular expression");
        assertEquals(List.of(), matching(loaded, "$$Lambda", "LambdaForm$", "/0x"),
                "awsmfa " + args + " defined hidden classes (a lambda, a method reference or a method handle form)");
    }

    @Test
    void help_defines_hidden_classes_and_uses_regular_expressions_so_the_log_would_show_them() throws IOException {
        List<String> loaded = loadedClasses(List.of("--help"));
        assertTrue(!matching(loaded, "$$Lambda", "LambdaForm$", "/0x").isEmpty(), "no hidden class among " + loaded.size());
        assertTrue(!matching(loaded, "java.util.regex.").isEmpty(), "no regex class among " + loaded.size());
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

    /** The loaded classes whose name (with a trailing blank) contains one of {@code parts}. */
    private static List<String> matching(List<String> loaded, String... parts) {
        return loaded.stream().filter(name -> Stream.of(parts).anyMatch(part -> (name + " ").contains(part)))
                .collect(Collectors.toList());
    }

    private List<String> loadedClasses(List<String> args) throws IOException {
        Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
        // Without the class-data archive: Java 25 loads every class of a linked archive at start-up,
        // so only a run without one shows what the path itself needs.
        aws.env("AWSMFA_JAVA_OPTS", "-Xlog:class+load=info:file=" + log).env("AWSMFA_NO_ARCHIVE", "1");
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
