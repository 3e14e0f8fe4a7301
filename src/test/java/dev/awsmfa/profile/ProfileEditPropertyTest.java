package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Over a few hundred generated files: lossless reading, and edits that touch one section only. */
class ProfileEditPropertyTest {
    private static final int DOCUMENTS = 400;

    @Test
    void every_generated_file_round_trips_byte_for_byte() {
        forEachDocument((file, random) -> {
            byte[] bytes = file.bytes();
            assertArrayEquals(bytes, parse(file).toBytes());
        });
    }

    @Test
    void setting_values_changes_only_that_section_and_reads_back_as_intended() {
        forEachDocument((file, random) -> {
            ProfileDocument original = parse(file);
            RandomProfileFile.Section target = file.sections.get(random.nextInt(file.sections.size()));
            Map<String, Object> own = new LinkedHashMap<>(original.botocoreView().get(target.name()));
            Map<String, String> edits = randomEdits(own, file, random);

            ProfileDocument edited = original.withProfileValues(target.profile(), edits);

            assertOnlyRangeChanged(file, original.toBytes(), edited.toBytes(), target);
            edits.forEach((key, value) -> {
                String lower = key.toLowerCase(Locale.ROOT);
                if (value == null) {
                    own.remove(lower);
                } else {
                    own.put(lower, value);
                }
            });
            Map<String, Map<String, Object>> expected = new LinkedHashMap<>(original.botocoreView());
            expected.put(target.name(), own);
            assertEquals(expected, edited.botocoreView(), () -> describe(file, edits));
            assertEquals(original.profileNames(), edited.profileNames());
        });
    }

    @Test
    void adding_a_profile_appends_it_and_keeps_every_other_byte() {
        forEachDocument((file, random) -> {
            ProfileDocument original = parse(file);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("aws_access_key_id", file.newValue());
            values.put("expiration", file.newValue());

            ProfileDocument edited = original.withProfileValues("added", values);

            byte[] before = original.toBytes();
            byte[] after = edited.toBytes();
            assertArrayEquals(before, Arrays.copyOf(after, before.length));
            Map<String, Map<String, Object>> view = new LinkedHashMap<>(edited.botocoreView());
            String name = file.kind == ProfileFileKind.CONFIG ? "profile added" : "added";
            assertEquals(values, view.remove(name));
            assertEquals(original.botocoreView(), view);
            assertEquals("added", edited.profileNames().get(edited.profileNames().size() - 1));
        });
    }

    @Test
    void removing_a_profile_cuts_only_inside_its_section() {
        forEachDocument((file, random) -> {
            ProfileDocument original = parse(file);
            RandomProfileFile.Section target = file.sections.get(random.nextInt(file.sections.size()));

            ProfileDocument edited = original.withoutProfile(target.profile());

            assertOnlyRangeChanged(file, original.toBytes(), edited.toBytes(), target);
            Map<String, Map<String, Object>> expected = new LinkedHashMap<>(original.botocoreView());
            expected.remove(target.name());
            assertEquals(expected, edited.botocoreView());
            List<String> names = new ArrayList<>(original.profileNames());
            names.remove(target.profile());
            assertEquals(names, edited.profileNames());
        });
    }

    private static Map<String, String> randomEdits(Map<String, Object> own, RandomProfileFile file, Random random) {
        Map<String, String> edits = new LinkedHashMap<>();
        for (String key : own.keySet()) {
            int choice = random.nextInt(3);
            if (choice > 0) {
                edits.put(random.nextBoolean() ? key.toUpperCase(Locale.ROOT) : key, choice == 1 ? null : file.newValue());
            }
        }
        for (String key : RandomProfileFile.KEYS) {
            if (!own.containsKey(key) && random.nextInt(4) == 0) {
                edits.put(key, random.nextInt(5) == 0 ? null : file.newValue());
            }
        }
        return edits;
    }

    /** The edit may only change the bytes from the section's header to the next header. */
    private static void assertOnlyRangeChanged(RandomProfileFile file, byte[] before, byte[] after, RandomProfileFile.Section target) {
        int index = file.sections.indexOf(target);
        int start = file.byteOffset(target.headerOffset());
        int end = index + 1 < file.sections.size() ? file.byteOffset(file.sections.get(index + 1).headerOffset()) : before.length;
        int tail = before.length - end;
        assertTrue(after.length >= start + tail);
        assertArrayEquals(Arrays.copyOf(before, start), Arrays.copyOf(after, start));
        assertArrayEquals(Arrays.copyOfRange(before, end, before.length), Arrays.copyOfRange(after, after.length - tail, after.length));
    }

    private static ProfileDocument parse(RandomProfileFile file) {
        return ProfileDocument.parse("generated", file.bytes(), file.kind);
    }

    private static String describe(RandomProfileFile file, Map<String, String> edits) {
        return "edits " + edits + " of:\n" + new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private interface Check {
        void run(RandomProfileFile file, Random random);
    }

    private static void forEachDocument(Check check) {
        for (int seed = 0; seed < DOCUMENTS; seed++) {
            Random random = new Random(seed);
            RandomProfileFile file = new RandomProfileFile(random);
            try {
                check.run(file, random);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }
}
