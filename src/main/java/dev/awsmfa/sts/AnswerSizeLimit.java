package dev.awsmfa.sts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Stops reading an answer at {@value #MAX_BYTES} bytes: STS's are a few kilobytes, and the SDK would read all
 * a faulty or hostile endpoint sends into memory. Its XML reader drops the failure's cause, hence the flag.
 */
final class AnswerSizeLimit implements ExecutionInterceptor {
    static final int MAX_BYTES = 1024 * 1024;
    private volatile boolean exceeded;

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
            ExecutionAttributes executionAttributes) {
        return context.responseBody().map(body -> new Limited(body));
    }

    private final class Limited extends FilterInputStream {
        private long left = MAX_BYTES;

        Limited(InputStream in) {
            super(in);
        }

        private IOException tooLarge() {
            exceeded = true;
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
