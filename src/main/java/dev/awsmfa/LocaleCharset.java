package dev.awsmfa;

import java.nio.charset.Charset;

/**
 * The charset of the user's locale ({@code native.encoding}, Java 17+), not the default charset, which from Java
 * 18 on is UTF-8 whatever the locale. What a person types on the terminal, a prompt shown there, and what a
 * command awsmfa runs prints come in it: a code typed in full-width digits in {@code ja_JP.eucJP} is EUC-JP
 * bytes. In the C locale the POSIX launcher gives the JVM a UTF-8 one, so this is UTF-8 there.
 */
public final class LocaleCharset {
    private LocaleCharset() {
    }

    public static Charset get() {
        return named(System.getProperty("native.encoding"));
    }

    /** The charset of that name; the default charset when there is no name or this runtime lacks it. */
    public static Charset named(String name) {
        if (name != null) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException unsupported) {
                // A name this runtime has no charset for: the default is the best guess left.
            }
        }
        return Charset.defaultCharset();
    }
}
