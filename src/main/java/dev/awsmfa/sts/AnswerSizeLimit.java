package dev.awsmfa.sts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Stops reading an answer at {@value #MAX_BYTES} bytes: STS's are a few kilobytes, and the SDK
 * would otherwise read whatever a faulty or hostile endpoint sends into memory before awsmfa can
 * look at it. The SDK's XML reader does not keep the failure as a cause, so the limit remembers
 * that it was reached.
 */
final class AnswerSizeLimit implements ExecutionInterceptor {
    static final int MAX_BYTES = 1024 * 1024;
    private volatile boolean exceeded;

    /** Whether an answer was cut off. */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
            ExecutionAttributes executionAttributes) {
        return context.responseBody().map(body -> new Limited(body, this));
    }

    private static final class Limited extends FilterInputStream {
        private final AnswerSizeLimit limit;
        private long left = MAX_BYTES;

        Limited(InputStream in, AnswerSizeLimit limit) {
            super(in);
            this.limit = limit;
        }

        private IOException tooLarge() {
            limit.exceeded = true;
            return new IOException("the answer is larger than " + MAX_BYTES / 1024 + " KiB");
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            left -= Math.max(read, 0);
            if (left < 0) {
                throw tooLarge();
            }
            return read;
        }
    }
}
