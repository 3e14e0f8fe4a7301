package dev.awsmfa;

import dev.awsmfa.exec.CtrlC;
import dev.awsmfa.session.Sleeper;
import java.time.Duration;

/** The real {@link Sleeper}: sleeps in short slices, so that Ctrl-C ends a watch within a tenth of a second. */
final class CtrlCSleeper implements Sleeper {
    private static final long SLICE_MILLIS = 100;

    @Override
    public Watch watch() {
        return new CtrlCWatch(CtrlC.watch());
    }

    private static final class CtrlCWatch implements Watch {
        private final CtrlC ctrlC;

        CtrlCWatch(CtrlC ctrlC) {
            this.ctrlC = ctrlC;
        }

        @Override
        public boolean sleep(Duration duration) {
            long end = System.nanoTime() + duration.toNanos();
            try {
                while (!ctrlC.pressed()) {
                    long left = (end - System.nanoTime() + 999_999) / 1_000_000;
                    if (left <= 0) {
                        return true;
                    }
                    Thread.sleep(Math.min(left, SLICE_MILLIS));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }

        @Override
        public void close() {
            ctrlC.close();
        }
    }
}
