package dev.awsmfa.cli;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.PowerShellText;
import java.util.Map;

/**
 * How {@code awsmfa export} writes variables for each consumer (sh: bash, zsh, dash, ksh), each value quoted
 * so that it reads back unchanged ({@link PowerShellText} for PowerShell); cmd has no escape for {@code %},
 * {@code "}, {@code !} or a line break inside {@code set}, so such a value is refused.
 */
public enum ExportFormat {
    SH {
        @Override
        String line(String name, String value) {
            return "export " + name + "='" + value.replace("'", "'\\''") + "'";
        }
    },
    FISH {
        @Override
        String line(String name, String value) {
            return "set -gx " + name + " '" + value.replace("\\", "\\\\").replace("'", "\\'") + "';";
        }
    },
    POWERSHELL {
        @Override
        String line(String name, String value) {
            return "$Env:" + name + " = " + PowerShellText.singleQuoted(value);
        }
    },
    CMD {
        @Override
        String line(String name, String value) {
            if (value.indexOf('%') >= 0 || value.indexOf('"') >= 0 || value.indexOf('!') >= 0
                    || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new AwsMfaException(ExitCode.INVALID_INPUT, "The value of " + name + " holds a character cmd"
                        + " cannot take in a set command (% \" ! or a line break): use --format powershell or json.");
            }
            return "set \"" + name + "=" + value + "\"";
        }
    },
    DOTENV {
        /**
         * Single quotes, literal in python-dotenv, direnv, Docker Compose and the Node and Ruby dotenv alike;
         * double quotes for a value holding a single quote. Their escapes disagree ({@code \$} keeps its
         * backslash in python-dotenv, a value ending in {@code \} loses its closing quote), and python-dotenv
         * before 1.0 expands {@code ${...}} even in single quotes, so values they would read back changed are refused.
         */
        @Override
        String line(String name, String value) {
            boolean plain = value.indexOf('\'') < 0 && value.indexOf('\\') < 0;
            if (hasLineBreak(value) || value.contains("${") || (!plain && !doubleQuotable(value))) {
                throw new AwsMfaException(ExitCode.INVALID_INPUT, "The value of " + name + " holds characters that "
                        + "dotenv readers (python-dotenv, direnv, Docker Compose) do not all read back unchanged: use "
                        + "--format json or sh.");
            }
            return plain ? name + "='" + value + "'" : name + "=\"" + value + "\"";
        }

        private boolean doubleQuotable(String value) {
            for (int i = 0; i < value.length(); i++) {
                if ("\\\"$`".indexOf(value.charAt(i)) >= 0) {
                    return false;
                }
            }
            return true;
        }
    },
    /** {@code docker run --env-file}: {@code NAME=value}, the value taken literally to the end of the line. */
    DOCKER {
        @Override
        String line(String name, String value) {
            if (hasLineBreak(value)) {
                throw new AwsMfaException(ExitCode.INVALID_INPUT, "The value of " + name + " holds a line break, "
                        + "which docker --env-file cannot take: use --format json or sh.");
            }
            return name + "=" + value;
        }
    },
    JSON {
        @Override
        String line(String name, String value) {
            throw new UnsupportedOperationException("json is rendered as one object");
        }

        @Override
        public String render(Map<String, String> variables) {
            JsonWriter json = new JsonWriter().beginObject();
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                json.field(variable.getKey(), variable.getValue());
            }
            return json.endObject() + "\n";
        }
    };

    abstract String line(String name, String value);

    private static boolean hasLineBreak(String value) {
        return value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    }

    /** The whole output: one line per variable, in the map's order. */
    public String render(Map<String, String> variables) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            text.append(line(variable.getKey(), variable.getValue())).append('\n');
        }
        return text.toString();
    }
}
