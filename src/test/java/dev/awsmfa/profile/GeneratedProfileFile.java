package dev.awsmfa.profile;

import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A generated, valid AWS file full of the awkward parts (comments, tabs, CRLF/LF mix, no final
 * newline, continuation lines, nested blocks, odd key case and spacing) that remembers where each
 * section starts, so tests can check which bytes an edit touched.
 *
 * <p>{@link #files()} builds it for QuickTheories from a list of sections, each a header and a
 * list of entries of a few kinds (nothing, a comment or blank line, an option in one of three
 * shapes). Every choice is drawn the same way whatever it turns out to be, with the simplest first
 * (fewer sections, no entry, shorter values of 'a's, LF, a final newline), so that a failing file
 * shrinks to few sections, few lines and plain values. It shows itself with visible line endings.
 */
final class GeneratedProfileFile {
    static final List<String> KEYS = List.of("aws_access_key_id", "aws_secret_access_key", "aws_session_token",
            "region", "output", "expiration", "mfa_serial", "note", "key with spaces", "role_arn", "s3",
            "assumed_role");
    /** The key of the line added when a file without final newline would otherwise end in a blank line. */
    static final String LAST_LINE_KEY = "x";
    /** 25 characters: a {@code long} holds 13 of them. */
    private static final List<Character> VALUE_CHARS = "abcXYZ0189/+=#;:[]. _-é\u00a0\t".chars()
            .mapToObj(c -> (char) c).collect(Collectors.toList());
    private static final List<String> DELIMITERS = List.of(" = ", "=", "\t=\t", ": ", " :", "   =   ");
    private static final int MAX_SECTIONS = 7;
    private static final int MAX_ENTRIES = 7;

    /** One section: its profile name, its raw name, the byte offset of its header, its keys in lower case. */
    record Section(String profile, String name, int headerOffset, Set<String> keys) {
    }

    private final ProfileFileKind kind;
    private final byte[] bytes;
    private final List<Section> sections;
    private final String shown;

    private GeneratedProfileFile(ProfileFileKind kind, byte[] bytes, List<Section> sections, String shown) {
        this.kind = kind;
        this.bytes = bytes;
        this.sections = sections;
        this.shown = shown;
    }

    ProfileFileKind kind() {
        return kind;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    List<Section> sections() {
        return sections;
    }

    /** Byte offset where section {@code index} ends: the next header, or the end of the file. */
    int sectionEnd(int index) {
        return index + 1 < sections.size() ? sections.get(index + 1).headerOffset() : bytes.length;
    }

    /** The file line by line, each line ending shown ({@code \r\n}, {@code \n}, or none at the end). */
    @Override
    public String toString() {
        return shown;
    }

    /** Generated files, one to seven sections. */
    static Gen<GeneratedProfileFile> files() {
        Gen<ProfileFileKind> kinds = Generate.enumValues(ProfileFileKind.class);
        Gen<LineEndings> endings = Generate.enumValues(LineEndings.class);
        Gen<Long> crlfLines = Generate.longRange(0, Long.MAX_VALUE);
        Gen<List<String>> preambles = upTo(2, fillers());
        Gen<List<SectionSpec>> sections = between(1, MAX_SECTIONS, sectionSpecs());
        Gen<Boolean> withoutFinalNewline = Generate.range(0, 9).map(i -> i >= 7);
        return in -> render(kinds.generate(in), endings.generate(in), crlfLines.generate(in), preambles.generate(in),
                sections.generate(in), withoutFinalNewline.generate(in));
    }

    /** A value as a caller would set it: no tab, no surrounding whitespace. */
    static Gen<String> newValues() {
        return word(11).map(word -> PythonText.strip(word.replace('\t', 'x')));
    }

    private enum LineEndings { LF, CRLF, MIXED }

    private enum EntryKind { NOTHING, FILLER, OPTION }

    private enum Shape { PLAIN, CONTINUED, NESTED }

    /** A section as drawn: its name is given by its place, {@code default} only for the first. */
    private record SectionSpec(boolean defaultIfFirst, boolean longTerm, boolean headerComment, boolean indented,
            List<Entry> entries) {
    }

    /** What an entry of a section is: nothing (so that shrinking can remove it), a comment or blank line, an option. */
    private record Entry(EntryKind kind, String filler, Option option) {
    }

    private record Option(String key, String delimiter, Shape shape, String value, boolean trailingSpaces,
            Continuation continuation, List<NestedLine> nested) {
        List<String> lines(String indent) {
            List<String> lines = new ArrayList<>();
            if (shape == Shape.NESTED) {
                lines.add(indent + key + delimiter.stripTrailing());
                for (int i = 0; i < nested.size(); i++) {
                    NestedLine line = nested.get(i);
                    lines.add(indent + "  " + cased("Name" + i, line.caseMode()) + " = " + line.value());
                    if (line.gap() == 6) {
                        lines.add("");
                    } else if (line.gap() == 7) {
                        lines.add(indent + "  # nested comment");
                    }
                }
                return lines;
            }
            lines.add(indent + key + delimiter + value + (trailingSpaces ? "  " : ""));
            if (shape == Shape.CONTINUED) {
                lines.add(indent + (continuation.tab() ? "\t" : "    ") + "continued " + continuation.text());
                if (continuation.bracketLine()) {
                    lines.add("");
                    lines.add(indent + "   [not-a-section] " + continuation.bracketText());
                }
            }
            return lines;
        }
    }

    /** An indented line continuing a value; perhaps a blank line and a line that looks like a header. */
    private record Continuation(boolean tab, String text, boolean bracketLine, String bracketText) {
    }

    /** A line of a nested block; {@code gap} 6 adds a blank line after it, 7 a comment, others nothing. */
    private record NestedLine(int caseMode, String value, int gap) {
    }

    private static Gen<SectionSpec> sectionSpecs() {
        Gen<Boolean> halves = Generate.booleans();
        Gen<Boolean> headerComments = oneIn(8);
        Gen<Boolean> indents = oneIn(6);
        Gen<List<Entry>> entries = upTo(MAX_ENTRIES, entrySpecs());
        return in -> new SectionSpec(halves.generate(in), halves.generate(in), headerComments.generate(in),
                indents.generate(in), entries.generate(in));
    }

    private static Gen<Entry> entrySpecs() {
        Gen<EntryKind> kinds = Generate.frequency(List.of(
                Pair.of(1, Generate.constant(EntryKind.NOTHING)),
                Pair.of(2, Generate.constant(EntryKind.FILLER)),
                Pair.of(7, Generate.constant(EntryKind.OPTION))));
        Gen<String> fillers = fillers();
        Gen<Option> options = options();
        return in -> new Entry(kinds.generate(in), fillers.generate(in), options.generate(in));
    }

    private static Gen<Option> options() {
        Gen<String> keys = Generate.pick(KEYS).zip(Generate.range(0, 3), GeneratedProfileFile::cased);
        Gen<String> delimiters = Generate.pick(DELIMITERS);
        Gen<Shape> shapes = Generate.range(0, 5).map(i -> i < 4 ? Shape.PLAIN : i == 4 ? Shape.CONTINUED : Shape.NESTED);
        Gen<String> values = word(10);
        Gen<Boolean> trailingSpaces = oneIn(5);
        Gen<Boolean> halves = Generate.booleans();
        Gen<String> continued = word(4);
        Gen<String> bracketed = word(3);
        Gen<Continuation> continuations = in -> new Continuation(halves.generate(in), continued.generate(in),
                halves.generate(in), bracketed.generate(in));
        Gen<NestedLine> nestedLines = Generate.range(0, 3).zip(word(5), Generate.range(0, 7), NestedLine::new);
        Gen<List<NestedLine>> nestedBlocks = between(1, 3, nestedLines);
        return in -> new Option(keys.generate(in), delimiters.generate(in), shapes.generate(in), values.generate(in),
                trailingSpaces.generate(in), continuations.generate(in), nestedBlocks.generate(in));
    }

    /** A comment or blank line, the blank one first. */
    private static Gen<String> fillers() {
        return Generate.range(0, 5).zip(word(4), (choice, word) -> List.of("", "# comment " + word, "; semicolon", "   ",
                "\t# indented", "#[commented-out]").get(choice));
    }

    /**
     * {@code v} and up to {@code max} characters, drawn as a length and one number whose digits (in
     * base {@code VALUE_CHARS.size()}) are the characters: two draws, however long the word.
     */
    private static Gen<String> word(int max) {
        return Generate.range(0, max).zip(Generate.longRange(0, Long.MAX_VALUE), (length, digits) -> {
            StringBuilder word = new StringBuilder("v");
            long rest = digits;
            for (int i = 0; i < length; i++) {
                word.append(VALUE_CHARS.get((int) (rest % VALUE_CHARS.size())));
                rest /= VALUE_CHARS.size();
            }
            return word.toString();
        });
    }

    /** True once in {@code n}; shrinks to false. */
    private static Gen<Boolean> oneIn(int n) {
        return Generate.range(0, n - 1).map(i -> i == n - 1);
    }

    private static <T> Gen<List<T>> upTo(int max, Gen<T> elements) {
        return between(0, max, elements);
    }

    /**
     * From {@code min} to {@code max} elements, all {@code max} of them drawn whatever the length:
     * when shrinking shortens a list, what is drawn after it stays as it was.
     */
    private static <T> Gen<List<T>> between(int min, int max, Gen<T> elements) {
        return Generate.range(min, max).zip(lists().of(elements).ofType(lists().arrayList()).ofSize(max),
                (size, all) -> List.copyOf(all.subList(0, size)));
    }

    /** Mode 3 upper case, 2 capitalized, else as it is. */
    private static String cased(String key, int mode) {
        return mode == 3 ? key.toUpperCase(Locale.ROOT)
                : mode == 2 && key.length() > 1 ? Character.toUpperCase(key.charAt(0)) + key.substring(1) : key;
    }

    private static GeneratedProfileFile render(ProfileFileKind kind, LineEndings endings, long crlfLines,
            List<String> preamble, List<SectionSpec> specs, boolean withoutFinalNewline) {
        List<String> lines = new ArrayList<>(preamble);
        List<Integer> headerLines = new ArrayList<>();
        List<String> profiles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            SectionSpec spec = specs.get(i);
            String profile = i == 0 && spec.defaultIfFirst() ? "default" : "p" + i + (spec.longTerm() ? "-long-term" : "");
            String name = kind == ProfileFileKind.CONFIG && !profile.equals("default") ? "profile " + profile : profile;
            headerLines.add(lines.size());
            profiles.add(profile);
            names.add(name);
            lines.add("[" + name + "]" + (spec.headerComment() ? " # header comment" : ""));
            String indent = spec.indented() ? "  " : "";
            Set<String> used = new LinkedHashSet<>();
            for (Entry entry : spec.entries()) {
                if (entry.kind() == EntryKind.FILLER) {
                    lines.add(entry.filler());
                } else if (entry.kind() == EntryKind.OPTION && used.add(entry.option().key().toLowerCase(Locale.ROOT))) {
                    lines.addAll(entry.option().lines(indent));
                }
            }
            keys.add(used);
        }
        List<String> lineEndings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean crlf = endings == LineEndings.CRLF || endings == LineEndings.MIXED && (crlfLines >>> (i % 63) & 1) == 1;
            lineEndings.add(crlf ? "\r\n" : "\n");
        }
        int last = lines.size() - 1;
        if (withoutFinalNewline) {
            lineEndings.set(last, "");
            if (lines.get(last).isEmpty()) {
                lines.set(last, LAST_LINE_KEY + " = y");
                keys.get(keys.size() - 1).add(LAST_LINE_KEY);
            }
        }
        StringBuilder text = new StringBuilder();
        StringBuilder shown = new StringBuilder(kind.name().toLowerCase(Locale.ROOT)).append(" file:");
        List<Integer> headerOffsets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (headerLines.contains(i)) {
                headerOffsets.add(text.toString().getBytes(StandardCharsets.UTF_8).length);
            }
            text.append(lines.get(i)).append(lineEndings.get(i));
            shown.append("\n|").append(visible(lines.get(i) + lineEndings.get(i)));
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            sections.add(new Section(profiles.get(i), names.get(i), headerOffsets.get(i), Set.copyOf(keys.get(i))));
        }
        return new GeneratedProfileFile(kind, text.toString().getBytes(StandardCharsets.UTF_8), List.copyOf(sections),
                shown.toString());
    }

    /** Tabs, line endings and no-break spaces as escapes. */
    private static String visible(String line) {
        return line.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n").replace("\u00a0", "\\u00a0");
    }
}
