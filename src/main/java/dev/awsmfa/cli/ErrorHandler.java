package dev.awsmfa.cli;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and its exit code. A stack trace only with
 * {@code --log-level DEBUG}; an unexpected exception shows its type, never its message, since we
 * cannot vouch that a foreign message holds no secret.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        return report(exception, commandLine.getErr(), debugRequested(parseResult));
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        return reportUsage(exception.getMessage(), commandLine.getCommandSpec().qualifiedName(), commandLine.getErr());
    }

    /** One line for a failure of a running command; its stack trace only when {@code debug}. */
    static int report(Exception exception, PrintWriter err, boolean debug) {
        if (exception instanceof AwsMfaException known) {
            err.println("awsmfa: " + known.getMessage());
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

    /** A command line that cannot run: what is wrong, and where the usage is. */
    static int reportUsage(String message, String commandName, PrintWriter err) {
        err.println("awsmfa: " + message);
        err.println("Run '" + commandName + " --help' for usage.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    private static boolean debugRequested(ParseResult parseResult) {
        for (ParseResult current = parseResult; current != null; current = current.subcommand()) {
            if (current.hasMatchedOption("--log-level")) {
                LogLevel level = current.matchedOptionValue("--log-level", LogLevel.INFO);
                if (level.shows(LogLevel.DEBUG)) {
                    return true;
                }
            }
        }
        return false;
    }
}
