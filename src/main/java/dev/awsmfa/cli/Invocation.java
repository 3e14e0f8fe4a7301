package dev.awsmfa.cli;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.cache.CacheDirectory;
import java.io.PrintWriter;

/** A command and its arguments, however parsed: the one place where a failure becomes a stderr line and exit code. */
record Invocation(Command command, Arguments arguments) {
    int run(PrintWriter out, PrintWriter err) {
        try {
            requireNoEmptyText();
            if (debug()) {
                err.println("awsmfa: debug: " + CacheDirectory.of(command.services().env()).describe());
            }
            return command.run(arguments, out, err);
        } catch (UsageException e) {
            return usage(e.getMessage(), command.qualifiedName(), err);
        } catch (Exception e) {
            return failure(e, err, debug());
        }
    }

    private boolean debug() {
        return LogLevel.of(command, arguments).shows(LogLevel.DEBUG);
    }

    /** {@code --profile ""} (an unset variable, most likely) must not quietly mean the default profile. */
    private void requireNoEmptyText() {
        for (OptionDef<?> option : command.options()) {
            if (option.isText()) {
                for (Object value : arguments.all(option)) {
                    if (value.toString().isBlank()) {
                        throw new UsageException("Option '" + option.key() + "' was given an empty value (an unset "
                                + "variable?): give it a value, or leave the option out.");
                    }
                }
            }
        }
    }

    /** A command line that cannot run: what is wrong, and where the usage is. */
    static int usage(String message, String commandName, PrintWriter err) {
        err.println("awsmfa: " + TerminalText.safe(message));
        err.println("Run '" + commandName + " --help' for usage.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    /**
     * One line for a failure of a running command; its stack trace only when {@code debug}. An
     * unexpected exception shows its type, never its message: a foreign message may hold a secret.
     */
    static int failure(Exception exception, PrintWriter err, boolean debug) {
        if (exception instanceof AwsMfaException known) {
            err.println("awsmfa: " + TerminalText.safe(known.getMessage()));
            if (debug && known.getCause() != null) {
                known.getCause().printStackTrace(err);
            }
            err.flush();
            return known.exitCode().code();
        }
        err.println("awsmfa: unexpected error (" + exception.getClass().getName() + "). Run again with "
                + "--log-level DEBUG for details, and please report it.");
        if (debug) {
            exception.printStackTrace(err);
        }
        err.flush();
        return ExitCode.UNEXPECTED.code();
    }
}
