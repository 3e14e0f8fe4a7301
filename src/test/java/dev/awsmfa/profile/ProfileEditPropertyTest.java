package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.awsmfa.profile.GeneratedProfileFile.Section;
import dev.awsmfa.testing.PropertyChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Over a thousand generated files each ({@link GeneratedProfileFile}): lossless reading, and edits
 * that touch one section only. Properties of QuickTheories: a failure names the smallest file (and
 * edit) it could shrink to, the file shown line by line with its line endings.
 */
class ProfileEditPropertyTest {
    private static final long SEED = 20261202L;
    private static final int EXAMPLES = 1_000;
    private static final int SHRINK_CYCLES = 5_000;
    /** The keys an edit may touch: every key a generated section can hold. */
    private static final List<String> EDIT_KEYS = editKeys();
    /** Choosing a section: a place in the file, 0 for the first one. */
    private static final int PLACES = 1_000;

    @Test
    void every_generated_file_round_trips_byte_for_byte() {
        theory().forAll(GeneratedProfileFile.files()).checkAssert(file ->
                assertArrayEquals(file.bytes(), parse(file).toBytes()));
    }

    @Test
    void setting_values_changes_only_that_section_and_reads_back_as_intended() {
        theory().forAll(settings()).checkAssert(setting -> {
            ProfileDocument original = parse(setting.file());
            Section target = setting.section();
            Map<String, Object> own = new LinkedHashMap<>(original.botocoreView().get(target.name()));

            ProfileDocument edited = original.withProfileValues(target.profile(), setting.edits());

            assertOnlyRangeChanged(setting.file(), setting.target(), original.toBytes(), edited.toBytes());
            setting.edits().forEach((key, value) -> {
                String lower = key.toLowerCase(Locale.ROOT);
                if (value == null) {
                    own.remove(lower);
                } else {
                    own.put(lower, value);
                }
            });
            Map<String, Map<String, Object>> expected = new LinkedHashMap<>(original.botocoreView());
            expected.put(target.name(), own);
            assertEquals(expected, edited.botocoreView());
            assertEquals(original.profileNames(), edited.profileNames());
        });
    }

    @Test
    void adding_a_profile_appends_it_and_keeps_every_other_byte() {
        theory().forAll(additions()).checkAssert(addition -> {
            GeneratedProfileFile file = addition.file();
            ProfileDocument original = parse(file);
            Map<String, String> added = addition.values();

            ProfileDocument edited = original.withProfileValues("added", added);

            byte[] before = original.toBytes();
            byte[] after = edited.toBytes();
            assertArrayEquals(before, Arrays.copyOf(after, before.length));
            Map<String, Map<String, Object>> view = new LinkedHashMap<>(edited.botocoreView());
            String name = file.kind() == ProfileFileKind.CONFIG ? "profile added" : "added";
            assertEquals(added, view.remove(name));
            assertEquals(original.botocoreView(), view);
            assertEquals("added", edited.profileNames().get(edited.profileNames().size() - 1));
        });
    }

    @Test
    void removing_a_profile_cuts_only_inside_its_section() {
        theory().forAll(removals()).checkAssert(removal -> {
            ProfileDocument original = parse(removal.file());
            Section target = removal.section();

            ProfileDocument edited = original.withoutProfile(target.profile());

            assertOnlyRangeChanged(removal.file(), removal.target(), original.toBytes(), edited.toBytes());
            Map<String, Map<String, Object>> expected = new LinkedHashMap<>(original.botocoreView());
            expected.remove(target.name());
            assertEquals(expected, edited.botocoreView());
            List<String> names = new ArrayList<>(original.profileNames());
            names.remove(target.profile());
            assertEquals(names, edited.profileNames());
        });
    }

    private static QuickTheory theory() {
        return PropertyChecks.theory(SEED, EXAMPLES, SHRINK_CYCLES);
    }

    /** Adding a profile named {@code added} to a file. */
    record Addition(GeneratedProfileFile file, String keyId, String expiration) {
        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("aws_access_key_id", keyId);
            values.put("expiration", expiration);
            return values;
        }

        @Override
        public String toString() {
            return "add profile added with " + shown(values()) + " to " + file;
        }
    }

    /** Removing one section of a file. */
    record Removal(GeneratedProfileFile file, int target) {
        Section section() {
            return file.sections().get(target);
        }

        @Override
        public String toString() {
            return "remove [" + section().name() + "] from " + file;
        }
    }

    /** Setting (or, for {@code null}, removing) keys of one section of a file. */
    record Setting(GeneratedProfileFile file, int target, Map<String, String> edits) {
        Section section() {
            return file.sections().get(target);
        }

        @Override
        public String toString() {
            return "set " + shown(edits) + " in [" + section().name() + "] of " + file;
        }
    }

    /**
     * The draws that decide how one key is edited: for a key of the section, below 7 it is left
     * alone, below 14 removed, else set (in upper case if {@code upper}); for any other key, below 15
     * it is left alone, 15 removes it (a no-op), else it is added. Shrinks to no edit.
     */
    private record KeyEdit(int roll, boolean upper, String value) {
        static final int ROLLS = 20;
    }

    /** {@code {key="value", other (remove)}}, no-break spaces as escapes. */
    private static String shown(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> entry.getValue() == null ? entry.getKey() + " (remove)"
                        : entry.getKey() + "=\"" + entry.getValue().replace("\u00a0", "\\u00a0") + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static Gen<Addition> additions() {
        Gen<String> values = GeneratedProfileFile.newValues();
        return GeneratedProfileFile.files().zip(values, values, Addition::new);
    }

    private static Gen<Removal> removals() {
        Gen<GeneratedProfileFile> files = GeneratedProfileFile.files();
        Gen<Integer> places = Generate.range(0, PLACES - 1);
        return in -> {
            GeneratedProfileFile file = files.generate(in);
            return new Removal(file, places.generate(in) * file.sections().size() / PLACES);
        };
    }

    private static Gen<Setting> settings() {
        Gen<GeneratedProfileFile> files = GeneratedProfileFile.files();
        Gen<Integer> places = Generate.range(0, PLACES - 1);
        Gen<KeyEdit> keyEdits = Generate.range(0, KeyEdit.ROLLS - 1)
                .zip(Generate.booleans(), GeneratedProfileFile.newValues(), KeyEdit::new);
        Gen<List<KeyEdit>> draws = lists().of(keyEdits).ofType(lists().arrayList()).ofSize(EDIT_KEYS.size());
        return in -> {
            GeneratedProfileFile file = files.generate(in);
            int target = places.generate(in) * file.sections().size() / PLACES;
            return new Setting(file, target, edits(file.sections().get(target), draws.generate(in)));
        };
    }

    /** Like a caller: the section's own keys are often changed or removed, a few other keys added. */
    private static Map<String, String> edits(Section section, List<KeyEdit> draws) {
        Map<String, String> edits = new LinkedHashMap<>();
        for (int i = 0; i < EDIT_KEYS.size(); i++) {
            String key = EDIT_KEYS.get(i);
            KeyEdit draw = draws.get(i);
            if (section.keys().contains(key)) {
                if (draw.roll() >= 7) {
                    edits.put(draw.upper() ? key.toUpperCase(Locale.ROOT) : key, draw.roll() < 14 ? null : draw.value());
                }
            } else if (draw.roll() >= 15) {
                edits.put(key, draw.roll() == 15 ? null : draw.value());
            }
        }
        return edits;
    }

    private static List<String> editKeys() {
        List<String> keys = new ArrayList<>(GeneratedProfileFile.KEYS);
        keys.add(GeneratedProfileFile.LAST_LINE_KEY);
        return List.copyOf(keys);
    }

    /** The edit may only change the bytes from the section's header to the next header. */
    private static void assertOnlyRangeChanged(GeneratedProfileFile file, int target, byte[] before, byte[] after) {
        int start = file.sections().get(target).headerOffset();
        int end = file.sectionEnd(target);
        int tail = before.length - end;
        assertTrue(after.length >= start + tail, "the edit cut bytes outside the section");
        assertArrayEquals(Arrays.copyOf(before, start), Arrays.copyOf(after, start), "bytes before the section");
        assertArrayEquals(Arrays.copyOfRange(before, end, before.length),
                Arrays.copyOfRange(after, after.length - tail, after.length), "bytes after the section");
    }

    private static ProfileDocument parse(GeneratedProfileFile file) {
        return ProfileDocument.parse("generated", file.bytes(), file.kind());
    }
}
