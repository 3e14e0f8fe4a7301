package dev.awsmfa.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.IamStub;
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
    static final String IAM = "software.amazon.awssdk.services.iam.";

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
                // An IDE's credential_process line (README, "IDEs and GUI apps")
                List.of("credential-process", "--profile", "dev", "--prompt", "zenity"),
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

    /** The commands that hand on a role session kept from an earlier run: every shell of the day runs them. */
    static Stream<List<String>> roleReusePaths() {
        return Stream.of(
                List.of("--profile", "ops"),
                List.of("export", "--profile", "ops"),
                List.of("credential-process", "--profile", "ops"),
                List.of("status", "--profile", "ops"),
                List.of("list"));
    }

    /** [profile ops] assumes its role from dev's valid session: one AssumeRole, kept in a cache of the test's own. */
    private void keptRoleSession() throws IOException {
        aws.env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        try (StsStub sts = new StsStub()) {
            sts.succeeding(3600);
            // Left pointing at the stopped stub: a reuse that called STS would fail.
            aws.env("AWS_ENDPOINT_URL_STS", sts.url());
            CliRun.Result assumed = AwsMfaProcess.with(aws.env()).run("--profile", "ops");
            assertEquals(0, assumed.exitCode(), assumed::toString);
            assertEquals(1, sts.requests().size(), "one AssumeRole, with dev's valid session");
        }
    }

    @ParameterizedTest(name = "awsmfa {0}")
    @MethodSource("roleReusePaths")
    void reusing_a_kept_role_session_keeps_the_start_up_rules(List<String> args) throws IOException {
        keptRoleSession();
        an_everyday_path_keeps_the_start_up_rules(args);
    }

    @Test
    void exec_of_a_kept_role_session_loads_no_aws_sdk_class() throws IOException {
        keptRoleSession();
        List<String> loaded = loadedClasses(List.of("exec", "--profile", "ops", "--", "true"));
        assertEquals(List.of(), matching(loaded, SDK), "exec of a kept role session loaded the AWS SDK");
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

    /** IAM's client is the device list's alone: a refresh with a device ARN never loads it, one given by name does. */
    @Test
    void only_a_device_given_by_name_loads_the_iam_client() throws IOException {
        try (StsStub sts = new StsStub(); IamStub iam = new IamStub()) {
            sts.succeeding(43_200);
            iam.listing();
            aws.env("AWS_ENDPOINT_URL_STS", sts.url()).env("AWS_ENDPOINT_URL_IAM", iam.url());
            List<String> byArn = loadedClasses(List.of("--profile", "dev", "--force", "--token", "123456"));
            assertEquals(List.of(), matching(byArn, IAM), "a refresh with the device's ARN loaded IAM's client");
            List<String> byName = loadedClasses(List.of("--profile", "dev", "--force", "--token", "123456",
                    "--device", "alice-phone"));
            assertTrue(!matching(byName, IAM).isEmpty(), "no IAM class among " + byName.size());
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
