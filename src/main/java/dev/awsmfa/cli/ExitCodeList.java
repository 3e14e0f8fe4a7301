package dev.awsmfa.cli;

import dev.awsmfa.ExitCode;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Puts every {@link ExitCode} into the help's exit-code list. A model transformer rather than a
 * call in {@link Cli} so that everything built from the annotations alone (the generated man page
 * and completion) shows the same list as {@code --help}.
 */
public final class ExitCodeList implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
        spec.usageMessage().exitCodeList(exitCodes());
        return spec;
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(code.code() < 10 ? "  " + code.code() : " " + code.code(), code.meaning());
        }
        return codes;
    }
}
