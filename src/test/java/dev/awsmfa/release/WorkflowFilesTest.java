package dev.awsmfa.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** The GitHub workflows parse as YAML and run exactly the test command README tells people to run. */
class WorkflowFilesTest {
    private static final Path WORKFLOWS = Path.of(".github", "workflows");
    private static final Pattern TEST_COMMAND = Pattern.compile("(?s)Run the tests[^\n]*\n+```sh\n([^\n]+)\n```");

    static String readmeTestCommand() throws IOException {
        Matcher matcher = TEST_COMMAND.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertTrue(matcher.find(), "README.md has no ```sh block after \"Run the tests\"");
        return matcher.group(1).trim();
    }

    static Stream<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
            assertFalse(list.isEmpty(), "no workflow in " + WORKFLOWS);
            return list.stream();
        }
    }

    static Map<String, Object> parse(Path workflow) throws IOException {
        return new Yaml().load(Files.readString(workflow, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> jobs(Map<String, Object> workflow) {
        return (Map<String, Map<String, Object>>) workflow.get("jobs");
    }

    @SuppressWarnings("unchecked")
    static List<String> runSteps(Map<String, Object> workflow) {
        List<String> runs = new ArrayList<>();
        for (Map<String, Object> job : jobs(workflow).values()) {
            for (Map<String, Object> step : (List<Map<String, Object>>) job.get("steps")) {
                if (step.get("run") != null) {
                    runs.add(step.get("run").toString());
                }
            }
        }
        return runs;
    }

    /** YAML 1.1, which SnakeYAML reads, turns the key {@code on} into the boolean true. */
    static Object trigger(Map<String, Object> workflow) {
        return workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE);
    }

    @Test
    void readme_names_the_test_command() throws IOException {
        assertEquals("mvn -B verify", readmeTestCommand());
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void every_workflow_runs_the_readme_test_command(Path workflow) throws IOException {
        String command = readmeTestCommand();
        List<String> runs = runSteps(parse(workflow));
        assertTrue(runs.stream().anyMatch(run -> run.lines().anyMatch(line -> line.trim().equals(command))),
                workflow + " never runs `" + command + "`: " + runs);
    }

    @ParameterizedTest
    @MethodSource("workflows")
    void every_workflow_has_a_name_a_trigger_and_steps(Path workflow) throws IOException {
        Map<String, Object> parsed = parse(workflow);
        assertTrue(parsed.get("name") instanceof String, workflow + " has no name");
        assertTrue(trigger(parsed) != null, workflow + " has no trigger (on:)");
        jobs(parsed).forEach((id, job) -> assertTrue(job.get("runs-on") != null && job.get("steps") instanceof List,
                workflow + ": job " + id + " lacks runs-on or steps"));
    }

    @Nested
    class Ci {
        @Test
        @SuppressWarnings("unchecked")
        void tests_on_three_systems_with_three_jdks() throws IOException {
            Map<String, Object> test = jobs(parse(WORKFLOWS.resolve("ci.yml"))).get("test");
            Map<String, Object> matrix = (Map<String, Object>) ((Map<String, Object>) test.get("strategy")).get("matrix");
            assertEquals(List.of("ubuntu-latest", "macos-latest", "windows-latest"), matrix.get("os"));
            // 25: the launcher builds other archives there (docs/decisions/0002).
            assertEquals(List.of("17", "21", "25"), matrix.get("java"));
            assertEquals("${{ matrix.os }}", test.get("runs-on"));
        }
    }

    @Nested
    class Release {
        @Test
        @SuppressWarnings("unchecked")
        void runs_on_version_tags() throws IOException {
            Map<String, Object> push = (Map<String, Object>) ((Map<String, Object>) trigger(parse(
                    WORKFLOWS.resolve("release.yml")))).get("push");
            assertEquals(List.of("v*"), push.get("tags"));
        }

        @Test
        @SuppressWarnings("unchecked")
        void uploads_both_archives_with_the_release_action() throws IOException {
            List<Map<String, Object>> steps = (List<Map<String, Object>>) jobs(parse(WORKFLOWS.resolve("release.yml")))
                    .get("release").get("steps");
            Map<String, Object> publish = steps.stream()
                    .filter(step -> String.valueOf(step.get("uses")).startsWith("softprops/action-gh-release@"))
                    .findFirst().orElseThrow(() -> new AssertionError("no softprops/action-gh-release step"));
            String files = ((Map<String, Object>) publish.get("with")).get("files").toString();
            assertTrue(files.contains("target/awsmfa-*.tar.gz") && files.contains("target/awsmfa-*.zip"), files);
        }
    }
}
