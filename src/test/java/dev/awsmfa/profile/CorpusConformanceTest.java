package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.testing.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus file reads as botocore 1.29 / AWS CLI 2.9 read it, and round-trips byte for byte. */
class CorpusConformanceTest {
    private static final Pattern BOTOCORE_LINE = Pattern.compile("\\[line +(\\d+)]|line: (\\d+)");

    static Path corpus() {
        try {
            return Path.of(CorpusConformanceTest.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Named<Path>> accepted() {
        return inputs().filter(input -> !expected(input.getPayload()).containsKey("error"));
    }

    static Stream<Named<Path>> refused() {
        return inputs().filter(input -> expected(input.getPayload()).containsKey("error"));
    }

    private static Stream<Named<Path>> inputs() {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.toString().endsWith(".config") || f.toString().endsWith(".credentials"))
                    .sorted().map(f -> Named.of(f.getFileName().toString(), f)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What botocore read, recorded as JSON: its objects in document order, its arrays as lists. */
    static Map<String, Object> expected(Path input) {
        try {
            Path json = input.resolveSibling(input.getFileName() + ".expected.json");
            return Json.object(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProfileFileKind kindOf(Path input) {
        return input.toString().endsWith(".config") ? ProfileFileKind.CONFIG : ProfileFileKind.CREDENTIALS;
    }

    static ProfileDocument read(Path input) throws IOException {
        return ProfileDocument.parse(input.getFileName().toString(), Files.readAllBytes(input), kindOf(input));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void reads_the_sections_and_values_botocore_reads(Path input) throws IOException {
        Map<String, Object> expected = expected(input);
        ProfileDocument document = read(input);

        assertEquals(expected.get("raw"), document.botocoreView());
        assertEquals(expected.get("sections"), new java.util.ArrayList<>(document.botocoreView().keySet()));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void lists_the_profiles_aws_configure_list_profiles_lists(Path input) throws IOException {
        assertEquals(expected(input).get("aws_cli_list_profiles"), read(input).profileNames());
    }

    @ParameterizedTest
    @MethodSource("accepted")
    @SuppressWarnings("unchecked")
    void finds_each_profile_where_botocores_profile_map_does(Path input) throws IOException {
        ProfileDocument document = read(input);
        Map<String, Object> profileMap = (Map<String, Object>) expected(input).get("profile_map");
        Map<String, Object> profiles = profileMap == null
                ? (Map<String, Object>) expected(input).get("raw")
                : (Map<String, Object>) profileMap.get("profiles");

        assertEquals(profiles.keySet(), Set.copyOf(document.profileNames()));
        profiles.forEach((name, values) -> assertEquals(values, asRaw(document.profile(name).orElseThrow()), name));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void round_trips_byte_for_byte(Path input) throws IOException {
        byte[] bytes = Files.readAllBytes(input);

        assertArrayEquals(bytes, ProfileDocument.parse("f", bytes, kindOf(input)).toBytes());
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refuses_what_the_aws_cli_refuses_naming_file_and_line(Path input) {
        String name = input.getFileName().toString();
        ProfileFileException e = assertThrows(ProfileFileException.class, () -> read(input));

        assertTrue(e.getMessage().startsWith(name + ":" + e.line() + ": "), e.getMessage());
        assertTrue(e.line() > 0, e.getMessage());
        assertTrue(e.getMessage().contains("AWS CLI"), e.getMessage());
        Matcher botocoreLine = BOTOCORE_LINE.matcher((String) expected(input).get("error_detail"));
        if (botocoreLine.find()) {
            String line = botocoreLine.group(1) != null ? botocoreLine.group(1) : botocoreLine.group(2);
            assertEquals(Integer.parseInt(line), e.line(), e.getMessage());
        }
    }

    static Map<String, Object> asRaw(ProfileSection section) {
        Map<String, Object> raw = new LinkedHashMap<>(section.values());
        raw.putAll(section.nested());
        return raw;
    }
}
