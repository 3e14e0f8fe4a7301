package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the parser and the edit path, seeded from the corpus: byte flips, inserted
 * INI punctuation, BOMs, invalid UTF-8, CR/LF mixes, deleted and duplicated lines, splices of two
 * files. A bounded, reproducible number of inputs (fixed seed) runs on every build. Every input
 * must be either refused with the project's own {@link ProfileFileException} or accepted; an
 * accepted one must round-trip byte for byte, and an edit of one profile must leave the others as
 * botocore reads them and re-parse.
 */
class ProfileFuzzTest {
    static final int INPUTS = 20_000;
    static final long SEED = 0xA3_5F_A0L;
    private static final byte[][] TOKENS = {
        "[".getBytes(StandardCharsets.UTF_8), "]".getBytes(StandardCharsets.UTF_8), "=".getBytes(StandardCharsets.UTF_8),
        ":".getBytes(StandardCharsets.UTF_8), "#".getBytes(StandardCharsets.UTF_8), ";".getBytes(StandardCharsets.UTF_8),
        "\n".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8), "\r".getBytes(StandardCharsets.UTF_8),
        "\t".getBytes(StandardCharsets.UTF_8), " ".getBytes(StandardCharsets.UTF_8), "  ".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xC2, (byte) 0xA0}, {(byte) 0xFF}, {(byte) 0xC3}, {0},
        "[profile ".getBytes(StandardCharsets.UTF_8), "[default]\n".getBytes(StandardCharsets.UTF_8),
        "[DEFAULT]\n".getBytes(StandardCharsets.UTF_8), "s3 =\n  k = v\n".getBytes(StandardCharsets.UTF_8),
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
    };

    @Test
    void every_input_is_refused_cleanly_or_round_trips_and_edits_cleanly() throws IOException {
        List<byte[]> seeds = corpus();
        Random random = new Random(SEED);
        int accepted = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = mutate(seeds, random);
            ProfileFileKind kind = random.nextBoolean() ? ProfileFileKind.CREDENTIALS : ProfileFileKind.CONFIG;
            if (check(input, kind, random, i)) {
                accepted++;
            }
        }
        System.out.println("ProfileFuzzTest: " + INPUTS + " inputs, " + accepted + " accepted and round-tripped, "
                + (INPUTS - accepted) + " refused with ProfileFileException");
        // Both branches must be exercised, or the mutations are too weak (or too strong) to mean anything.
        assertTrue(accepted > INPUTS / 10 && accepted < INPUTS * 9 / 10, "accepted " + accepted + " of " + INPUTS);
    }

    private static boolean check(byte[] input, ProfileFileKind kind, Random random, int index) {
        ProfileDocument document;
        try {
            document = ProfileDocument.parse("fuzz", input, kind);
        } catch (ProfileFileException refused) {
            assertTrue(refused.getMessage().startsWith("fuzz"), refused.getMessage());
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            fail("input " + index + " (" + HexFormat.of().formatHex(input) + ") threw " + e, e);
            return false;
        }
        try {
            assertArrayEquals(input, document.toBytes(), "round trip of input " + index);
            Map<String, Map<String, Object>> before = document.botocoreView();
            List<String> profiles = document.profileNames();
            String target = profiles.isEmpty() || random.nextInt(4) == 0 ? "fuzz-new-" + index
                    : profiles.get(random.nextInt(profiles.size()));
            Map<String, String> values = new LinkedHashMap<>();
            values.put("aws_access_key_id", "ASIAIOSFODNN7EXAMPLE");
            values.put("expiration", "2026-11-28 12:00:00");
            ProfileDocument edited = document.withProfileValues(target, values);
            ProfileDocument reread = ProfileDocument.parse("fuzz", edited.toBytes(), kind);
            assertEquals("ASIAIOSFODNN7EXAMPLE", reread.profile(target).flatMap(s -> s.get("aws_access_key_id")).orElse(null),
                    "edited profile of input " + index);
            Map<String, Map<String, Object>> after = reread.botocoreView();
            String section = reread.profile(target).orElseThrow().name();
            for (Map.Entry<String, Map<String, Object>> other : before.entrySet()) {
                if (!other.getKey().equals(section) && !other.getKey().equals("DEFAULT")) {
                    assertEquals(other.getValue(), after.get(other.getKey()), "section " + other.getKey() + " of input " + index);
                }
            }
        } catch (RuntimeException e) {
            fail("accepted input " + index + " (" + HexFormat.of().formatHex(input) + ") failed on edit: " + e, e);
        }
        return true;
    }

    private static byte[] mutate(List<byte[]> seeds, Random random) {
        byte[] data = seeds.get(random.nextInt(seeds.size()));
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            data = switch (random.nextInt(6)) {
                case 0 -> flip(data, random);
                case 1 -> insert(data, random.nextInt(data.length + 1), TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> delete(data, random);
                case 3 -> duplicateLine(data, random);
                case 4 -> splice(data, seeds.get(random.nextInt(seeds.size())), random);
                default -> insert(data, random.nextInt(data.length + 1), new byte[] {(byte) random.nextInt(128)});
            };
        }
        return data;
    }

    private static byte[] flip(byte[] data, Random random) {
        if (data.length == 0) {
            return data;
        }
        byte[] copy = data.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private static byte[] insert(byte[] data, int at, byte[] token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(data, 0, at);
        out.writeBytes(token);
        out.write(data, at, data.length - at);
        return out.toByteArray();
    }

    private static byte[] delete(byte[] data, Random random) {
        if (data.length == 0) {
            return data;
        }
        int from = random.nextInt(data.length);
        int to = Math.min(data.length, from + 1 + random.nextInt(16));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(data, 0, from);
        out.write(data, to, data.length - to);
        return out.toByteArray();
    }

    private static byte[] duplicateLine(byte[] data, Random random) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("(?<=\n)", -1);
        if (lines.length == 0) {
            return data;
        }
        String line = lines[random.nextInt(lines.length)];
        int at = random.nextInt(lines.length);
        List<String> result = new ArrayList<>(List.of(lines));
        result.add(at, line.endsWith("\n") ? line : line + "\n");
        return String.join("", result).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] splice(byte[] data, byte[] other, Random random) {
        int cut = random.nextInt(data.length + 1);
        int from = random.nextInt(other.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(data, 0, cut);
        out.write(other, from, other.length - from);
        return out.toByteArray();
    }

    private static List<byte[]> corpus() throws IOException {
        Path dir = Paths.get("src/test/resources/corpus");
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                // The 500-profile files make each input slow without adding new shapes.
                if (!name.endsWith(".json") && !name.endsWith(".md") && !name.startsWith("9")) {
                    seeds.add(Files.readAllBytes(file));
                }
            }
        }
        return seeds;
    }
}
