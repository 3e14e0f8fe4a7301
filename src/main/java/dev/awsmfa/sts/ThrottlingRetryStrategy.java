package dev.awsmfa.sts;

import java.net.ConnectException;
import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Which failed STS calls are tried again. An MFA code is single-use: once a request may have reached AWS with
 * it, a retry can only fail with "code already used" and hide the real error. So only two failures, which
 * leave the code unspent, are retried: throttling (refused before evaluation) and a refused connection
 * (nothing sent); all else (5xx, read timeouts, resets) fails at once. The SDK's own conditions are off,
 * which drops its retry of {@code RequestExpired} with a corrected clock offset: awsmfa also judges the
 * stored session's expiry by the local clock, so a skewed clock must be fixed anyway, and is reported.
 */
final class ThrottlingRetryStrategy {
    static final int MAX_ATTEMPTS = 3;
    private static final BackoffStrategy BACKOFF = BackoffStrategy.exponentialDelay(Duration.ofMillis(200),
            Duration.ofSeconds(2));

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
