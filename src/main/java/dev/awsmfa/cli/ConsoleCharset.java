package dev.awsmfa.cli;

import dev.awsmfa.LocaleCharset;
import java.nio.charset.Charset;

/**
 * The charset awsmfa prints in: the one the JVM chose for the stream, which follows the locale (and a
 * Windows console's code page), not the default charset, which from Java 18 on is UTF-8 whatever the locale:
 * a profile name printed in UTF-8 to a terminal in {@code ja_JP.eucJP} would be garbage. In the C locale
 * the POSIX launcher gives the JVM a UTF-8 one, so names print as UTF-8 there, as the AWS CLI prints them.
 */
final class ConsoleCharset {
    private ConsoleCharset() {
    }

    static Charset stdout() {
        // stdout.encoding: Java 19+, or the user's -D; sun.stdout.encoding: a Windows console on Java 17.
        return of(System.getProperty("stdout.encoding"), System.getProperty("sun.stdout.encoding"),
                System.getProperty("native.encoding"));
    }

    static Charset stderr() {
        return of(System.getProperty("stderr.encoding"), System.getProperty("sun.stderr.encoding"),
                System.getProperty("native.encoding"));
    }

    /** The first charset named: the stream's (19+), the console's (17 on Windows), the locale's (17+). */
    static Charset of(String stream, String console, String locale) {
        return LocaleCharset.named(stream != null ? stream : console != null ? console : locale);
    }
}
