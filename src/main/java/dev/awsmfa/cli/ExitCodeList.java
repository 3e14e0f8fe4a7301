package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every {@link ExitCode} as the help's exit-code list: the code right-aligned, then its meaning. */
final class ExitCodeList {
    private ExitCodeList() {
    }

    static Map<String, String> all() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(code.code() < 10 ? "  " + code.code() : " " + code.code(), code.meaning());
        }
        return codes;
    }
}
