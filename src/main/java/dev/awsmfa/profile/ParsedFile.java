package dev.awsmfa.profile;

import java.util.List;
import java.util.Map;

/** What botocore sees in a file: sections in order ({@code [DEFAULT]} too), named ones by name, the defaults. */
record ParsedFile(TextLines lines, List<ParsedSection> sections, Map<String, ParsedSection> byName,
                  Map<String, ParsedOption> defaults) {
}
