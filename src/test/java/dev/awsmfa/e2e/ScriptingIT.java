package dev.awsmfa.e2e;

import static dev.awsmfa.testing.AwsHome.longTermSection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awsmfa.ExitCode;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.Json;
import dev.awsmfa.testing.StsStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ProcessCredentialsProvider;

/** The scripting commands of the packaged {@code target/awsmfa}, driven by the programs that consume them. */
class ScriptingIT {
    static final String TOKEN = "FQoGZXIvYXdzE'quote\"double$dollar`tick\\back";

    @TempDir
    Path dir;
    AwsHome aws;
    StsStub sts;
    Instant expiration;

    @BeforeEach
    void setUp() {
        sts = new StsStub();
        aws = new AwsHome(dir).env("AWS_ENDPOINT_URL_STS", sts.url());
        expiration = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        aws.credentials(longTermSection("dev") + "\n" + session(expiration))
                .config("[profile dev]\nregion = eu-west-1\n");
    }

    @AfterEach
    void tearDown() {
        sts.close();
    }

    static String session(Instant expiration) {
        return "[dev]\nassumed_role = False\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\n"
                + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY\n"
                + "aws_session_token = " + TOKEN + "\naws_security_token = " + TOKEN + "\n"
                + "expiration = " + expiration.toString().replace('T', ' ').replace("Z", "") + "\n";
    }

    CliRun.Result awsmfa(String... args) {
        return AwsMfaProcess.with(aws.env()).run(args);
    }

    /** Runs a command with the test's environment and the launcher's directory on PATH. */
    CliRun.Result shell(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(aws.env());
        AwsMfaProcess.withSharedCache(builder.environment());
        builder.environment().put("PATH", AwsMfaProcess.launcher().getParent() + ":" + System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return AwsMfaProcess.finish(builder.start());
    }

    @Test
    void bash_eval_of_export_hands_the_session_to_a_child_process() throws Exception {
        CliRun.Result result = shell("bash", "-c", "set -e; eval \"$(awsmfa export --profile dev)\"; "
                + "sh -c 'printf \"%s|%s|%s|%s\" \"$AWS_ACCESS_KEY_ID\" \"$AWS_SESSION_TOKEN\" \"$AWS_REGION\" "
                + "\"$AWS_CREDENTIAL_EXPIRATION\"'");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("ASIAIOSFODNN7EXAMPLE|" + TOKEN + "|eu-west-1|" + expiration, result.out(), result::toString);
    }

    @Nested
    class CredentialProcessUnderTheJavaSdk {
        ProcessCredentialsProvider provider() {
            List<String> command = new ArrayList<>(List.of("env", "-i", "PATH=" + System.getenv("PATH"),
                    "JAVA_HOME=" + System.getProperty("java.home")));
            AwsMfaProcess.withSharedCache(new java.util.HashMap<>(aws.env())).forEach((k, v) -> command.add(k + "=" + v));
            command.addAll(List.of(AwsMfaProcess.launcher().toString(), "credential-process", "--profile", "dev",
                    "--token", "123456"));
            return ProcessCredentialsProvider.builder().command(command).build();
        }

        @Test
        void returns_the_stored_session() {
            try (ProcessCredentialsProvider provider = provider()) {
                AwsSessionCredentials credentials = (AwsSessionCredentials) provider.resolveCredentials();
                assertEquals("ASIAIOSFODNN7EXAMPLE", credentials.accessKeyId());
                assertEquals(TOKEN, credentials.sessionToken());
                assertEquals(expiration, credentials.expirationTime().orElseThrow());
            }
            assertTrue(sts.requests().isEmpty());
        }

        @Test
        void refreshes_an_expired_session_first() {
            aws.credentials(longTermSection("dev") + "\n" + session(Instant.now().minusSeconds(60)));
            sts.succeeding(3600);
            try (ProcessCredentialsProvider provider = provider()) {
                AwsSessionCredentials credentials = (AwsSessionCredentials) provider.resolveCredentials();
                assertTrue(credentials.sessionToken().startsWith("AQoEXAMPLE"), credentials.sessionToken());
            }
            assertEquals(1, sts.requests().size());
        }
    }

    @Nested
    class UnderAPseudoTerminal {
        /** Runs {@code inner} with bash under script(1); types {@code code} once the prompt shows. */
        String typeCodeAtPrompt(String inner, String code) throws Exception {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed");
            ProcessBuilder builder = new ProcessBuilder("script", "-qec", inner, "/dev/null").redirectErrorStream(true);
            builder.environment().putAll(aws.env());
            AwsMfaProcess.withSharedCache(builder.environment());
            builder.environment().put("SHELL", "bash");
            builder.environment().put("PATH", AwsMfaProcess.launcher().getParent() + ":" + System.getenv("PATH"));
            Process script = builder.start();
            StringBuffer screen = new StringBuffer();
            Thread reader = new Thread(() -> {
                try (var in = script.getInputStream()) {
                    for (int c; (c = in.read()) >= 0; ) {
                        screen.append((char) c);
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            reader.start();
            for (int i = 0; i < 600 && screen.indexOf("Enter MFA code") < 0; i++) {
                Thread.sleep(50);
            }
            assertTrue(screen.indexOf("Enter MFA code") >= 0, "no prompt on the terminal: " + screen);
            try (var keyboard = script.getOutputStream()) {
                keyboard.write((code + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            assertTrue(script.waitFor(60, TimeUnit.SECONDS), "script did not end: " + screen);
            reader.join(5000);
            return screen.toString();
        }

        @Test
        void export_in_a_command_substitution_asks_on_the_terminal_and_prints_only_data() throws Exception {
            aws.credentials(longTermSection("dev"));
            sts.succeeding(3600);
            Path seen = dir.resolve("seen");
            String screen = typeCodeAtPrompt("eval \"$(awsmfa export --profile dev < /dev/null)\"; "
                    + "printf %s \"$AWS_SESSION_TOKEN\" > " + seen, "123456");
            assertTrue(Files.readString(seen).startsWith("AQoEXAMPLE"), screen);
            assertEquals("123456", StsStub.form(sts.requests().get(0).getBodyAsString()).get("TokenCode"));
        }

        @Test
        void credential_process_asks_on_the_terminal_while_its_caller_owns_stdin_and_stdout() throws Exception {
            aws.credentials(longTermSection("dev"));
            sts.succeeding(3600);
            Path out = dir.resolve("out");
            String screen = typeCodeAtPrompt("echo not-a-code | awsmfa credential-process --profile dev > " + out,
                    "123456");
            String json = Files.readString(out);
            assertFalse(json.contains("Enter MFA code"), json);
            Map<String, Object> document = Json.object(json);
            assertEquals(List.of("Version", "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"),
                    List.copyOf(document.keySet()), json + screen);
            assertEquals(1, document.get("Version"), json);
            assertEquals("ASIAIOSFODNN7EXAMPLE", document.get("AccessKeyId"), json);
            assertEquals("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY", document.get("SecretAccessKey"), json);
            assertTrue(((String) document.get("SessionToken")).startsWith("AQoEXAMPLE"), json);
            Instant sessionEnds = Instant.parse((String) document.get("Expiration"));
            assertTrue(sessionEnds.isAfter(Instant.now().plusSeconds(3000)), json);
            assertEquals("123456", StsStub.form(sts.requests().get(0).getBodyAsString()).get("TokenCode"));
        }
    }

    @Test
    void credential_process_without_terminal_fails_with_one_line_and_empty_stdout() {
        aws.credentials(longTermSection("dev"));
        CliRun.Result result = AwsMfaProcess.with(aws.env()).withoutTerminal().stdin("123456\n")
                .run("credential-process", "--profile", "dev");
        assertEquals(ExitCode.NO_MFA_CODE.code(), result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result::toString);
        assertTrue(sts.requests().isEmpty());
    }

    @Nested
    class Exec {
        @Test
        void hides_the_profile_variables_and_returns_the_exit_code() throws IOException {
            aws.env("AWS_PROFILE", "dev").env("AWS_DEFAULT_PROFILE", "dev");
            Path seen = dir.resolve("env");
            CliRun.Result result = awsmfa("exec", "--", "sh", "-c", "env > \"$1\"; exit 42", "sh", seen.toString());
            assertEquals(42, result.exitCode(), result::toString);
            Map<String, String> env = Files.readAllLines(seen).stream().filter(l -> l.contains("="))
                    .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1),
                            (a, b) -> a));
            assertFalse(env.containsKey("AWS_PROFILE") || env.containsKey("AWS_DEFAULT_PROFILE"), env::toString);
            assertEquals("ASIAIOSFODNN7EXAMPLE", env.get("AWS_ACCESS_KEY_ID"));
            assertEquals("eu-west-1", env.get("AWS_REGION"));
        }

        @Test
        void stops_the_command_when_awsmfa_is_terminated() throws Exception {
            Path started = dir.resolve("started");
            Path stopped = dir.resolve("stopped");
            Process process = AwsMfaProcess.with(aws.env()).start("exec", "--profile", "dev", "--", "sh", "-c",
                    "trap 'echo term > \"$2\"; exit 0' TERM; echo up > \"$1\"; while true; do sleep 0.1; done",
                    "sh", started.toString(), stopped.toString());
            for (int i = 0; i < 300 && !Files.exists(started); i++) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(started), "the command never started");
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            for (int i = 0; i < 100 && !Files.exists(stopped); i++) {
                Thread.sleep(50);
            }
            assertEquals("term", Files.readString(stopped).trim());
        }
    }

    /** The scripts as `awsmfa completion SHELL` prints them, loaded the way docs/install.md says. */
    @Nested
    class Completion {
        @Test
        void bash_loads_the_printed_script_and_completes_profiles_awsmfa_can_act_on() throws Exception {
            aws.credentials(longTermSection("dev") + longTermSection("ci"));
            CliRun.Result result = shell("bash", "--norc", "-c", "source <(awsmfa completion bash) || exit 9; "
                    + "COMP_WORDS=(awsmfa status --profile ''); COMP_CWORD=3; _awsmfa; printf '%s\\n' \"${COMPREPLY[@]}\"");
            assertEquals("dev\nci\n", result.out(), result::toString);
        }

        @Test
        void zsh_loads_the_printed_script_after_compinit() throws Exception {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")),
                    "zsh is not installed");
            CliRun.Result result = shell("zsh", "-fc", "autoload -Uz compinit && compinit -u -D; "
                    + "source <(awsmfa completion zsh) || exit 9; print -r -- $_comps[awsmfa]");
            assertEquals("_awsmfa\n", result.out(), result::toString);
        }

        @Test
        void fish_loads_the_printed_script_and_completes_profiles() throws Exception {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/fish")) || Files.isExecutable(Path.of("/bin/fish")),
                    "fish is not installed");
            CliRun.Result result = shell("fish", "--no-config", "-c",
                    "awsmfa completion fish | source; or exit 9; complete -C 'awsmfa --profile '");
            assertEquals("dev\n", result.out(), result::toString);
        }
    }

    @Test
    void list_status_and_export_of_a_valid_session_load_no_aws_sdk_class() throws IOException {
        for (String[] args : List.of(new String[] {"list", "--output", "json"}, new String[] {"status", "--profile", "dev"},
                new String[] {"export", "--profile", "dev"})) {
            Path log = dir.resolve("classes-" + args[0] + ".log");
            Map<String, String> env = new java.util.HashMap<>(aws.env());
            env.put("AWSMFA_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
            CliRun.Result result = AwsMfaProcess.with(env).run(args);
            assertEquals(0, result.exitCode(), result::toString);
            List<String> loaded = Files.readAllLines(log);
            assertTrue(loaded.stream().anyMatch(l -> l.contains("dev.awsmfa.cli.")), "the class log is empty");
            List<String> sdk = loaded.stream().filter(l -> l.contains("software.amazon.awssdk")).toList();
            assertEquals(List.of(), sdk, args[0] + " loaded AWS SDK classes");
        }
    }

    /** What java.time makes of the expiration in a zone: the text awsmfa shows there. */
    String localExpiration(String zone) {
        java.time.ZonedDateTime local = expiration.atZone(java.time.ZoneId.of(zone));
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx").format(local) + " " + zone;
    }

    @Test
    void times_are_shown_in_the_zone_of_tz_as_a_person_there_reads_them() {
        for (String zone : List.of("Europe/Berlin", "America/New_York", "Asia/Kolkata")) {
            aws.env("TZ", zone);
            CliRun.Result status = awsmfa("status", "--profile", "dev");
            assertEquals(0, status.exitCode(), status::toString);
            assertTrue(status.out().contains("valid until " + localExpiration(zone) + " ("), zone + ": " + status);
            CliRun.Result reuse = awsmfa("--profile", "dev");
            assertTrue(reuse.err().contains("valid until " + localExpiration(zone) + " ("), zone + ": " + reuse);
            String list = awsmfa("list").out();
            assertTrue(list.contains(localExpiration(zone) + "  yes ("), zone + ": " + list);
        }
        aws.env("TZ", "UTC");
        assertTrue(awsmfa("status", "--profile", "dev").out().contains(
                "valid until " + NAIVE.format(expiration) + " UTC ("));
    }

    static final java.time.format.DateTimeFormatter NAIVE = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
}
