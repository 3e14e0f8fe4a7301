package dev.awsmfa.sts;

import java.net.ConnectException;
import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Decides which failed STS calls are tried again. An MFA code is single-use: once a request may have
 * reached AWS with it, a retry can only fail with "code already used" and hide the real error. So
 * only two failures are retried, both of which leave the code unspent: throttling (AWS refused the
 * call before evaluating it) and a refused connection (nothing was sent). Everything else, including
 * 5xx answers, read timeouts and connection resets, fails at once.
 *
 * <p>The SDK's own retry conditions (its client defaults) are switched off, which also drops its
 * retry of {@code RequestExpired} after correcting its clock offset. That retry would fix the
 * signature, but awsmfa also judges its cached credentials' expiry by the local clock, so a skewed
 * clock has to be fixed by the user anyway; we report the skew instead of papering over it.
 */
final class ThrottlingRetryStrategy {
    static final int MAX_ATTEMPTS = 3;
    private static final BackoffStrategy BACKOFF = BackoffStrategy.exponentialDelay(Duration.ofMillis(200), Duration.ofSeconds(2));

    private ThrottlingRetryStrategy() {
    }

    static RetryStrategy create() {
        return DefaultRetryStrategy.standardStrategyBuilder()
                .useClientDefaults(false)
                .circuitBreakerEnabled(false)
                .maxAttempts(MAX_ATTEMPTS)
                .retryOnException(ThrottlingRetryStrategy::isRetryable)
                .treatAsThrottling(ThrottlingRetryStrategy::isThrottling)
                .backoffStrategy(BACKOFF)
                .throttlingBackoffStrategy(BACKOFF)
                .build();
    }

    static boolean isRetryable(Throwable failure) {
        return isThrottling(failure) || isConnectionRefused(failure);
    }

    static boolean isThrottling(Throwable failure) {
        return failure instanceof AwsServiceException service && service.isThrottlingException();
    }

    static boolean isConnectionRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
