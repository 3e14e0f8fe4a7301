package dev.awsmfa.session;

import java.time.Duration;

/** Lets time pass, as long as the user does not cut it short: the real one ends a watch at Ctrl-C. */
public interface Sleeper {
    /** Starts watching for the user's "skip" (Ctrl-C); close it to give Ctrl-C its usual meaning back. */
    Watch watch();

    /** The sleeps of one wait the user may skip. */
    interface Watch extends AutoCloseable {
        /** Sleeps about {@code duration}; false when the user skipped, now or earlier in this watch. */
        boolean sleep(Duration duration);

        @Override
        void close();
    }
}
