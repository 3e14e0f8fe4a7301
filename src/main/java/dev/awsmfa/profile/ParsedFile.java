package dev.awsmfa.profile;

import java.util.List;
import java.util.Map;

/**
 * The structure botocore sees in a file: its sections in order (including {@code [DEFAULT]}
 * blocks), the named ones by name (in file order), and the {@code [DEFAULT]} settings every
 * section inherits.
 */
record ParsedFile(TextLines lines, List<ParsedSection> sections, Map<String, ParsedSection> byName,
                  Map<String, ParsedOption> defaults) {
}
