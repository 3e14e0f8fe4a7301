package dev.awsmfa.sts;

import dev.awsmfa.ExitCode;
import dev.awsmfa.Secrets;
import dev.awsmfa.session.IamFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns what the SDK throws at an IAM call into an {@link IamFailure}: a clause naming what IAM
 * said (its error code) or why it could not be asked, which the caller ends with what to do instead.
 */
final class IamErrorTranslator {
    private final String host;
    private final String accessKeyId;
    private final Duration timeout;
    private final AnswerSizeLimit limit;

    IamErrorTranslator(String host, String accessKeyId, Duration timeout, AnswerSizeLimit limit) {
        this.host = host;
        this.accessKeyId = accessKeyId;
        this.timeout = timeout;
        this.limit = limit;
    }

    IamFailure translate(SdkException failure) {
        return translate(failure, "ListMFADevices", "list its user's MFA devices");
    }

    /** @param purpose what the call was for, after "did not let access key K ...": "create an access key" */
    IamFailure translate(SdkException failure, String operation, String purpose) {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return fromService(service, operation, purpose);
        }
        if (failure instanceof ApiCallTimeoutException || failure instanceof ApiCallAttemptTimeoutException) {
            return unreachable("no answer within " + timeout.toSeconds() + " s", failure);
        }
        if (limit.exceeded()) {
            return new IamFailure(ExitCode.NETWORK, "IAM at " + host + " sent an answer larger than any device list "
                    + "(more than " + AnswerSizeLimit.MAX_BYTES / 1024 + " KiB)", failure);
        }
        Optional<IOException> io = StsErrorTranslator.ioCause(failure);
        if (io.isPresent()) {
            return unreachable(StsErrorTranslator.describe(io.get()), failure);
        }
        return new IamFailure(ExitCode.NETWORK, "IAM at " + host + " sent an answer awsmfa could not read", failure);
    }

    /** A device list that goes on for more pages than any user's devices fill. */
    IamFailure endlessAnswer() {
        return new IamFailure(ExitCode.NETWORK, "IAM at " + host + " sent a device list longer than any user's",
                null);
    }

    private IamFailure fromService(AwsServiceException failure, String operation, String purpose) {
        String code = failure.awsErrorDetails().errorCode();
        String key = Secrets.maskKeyId(accessKeyId);
        return switch (code) {
            case "AccessDenied", "AccessDeniedException" -> new IamFailure(ExitCode.CREDENTIALS_REJECTED,
                    "IAM did not let access key " + key + " " + purpose + " (" + code + ")", failure);
            case "InvalidClientTokenId", "SignatureDoesNotMatch" -> new IamFailure(ExitCode.CREDENTIALS_REJECTED,
                    "IAM refused access key " + key + " (" + code + ": a mistyped or deleted key, or a secret key "
                    + "that does not belong to it)", failure);
            default -> new IamFailure(failure.statusCode() >= 500 || failure.isThrottlingException() ? ExitCode.NETWORK
                    : ExitCode.CREDENTIALS_REJECTED, "IAM at " + host + " answered " + operation + " with " + code
                    + " (HTTP " + failure.statusCode() + ")", failure);
        };
    }

    /** An answer without what the call returns. */
    IamFailure unreadable(String operation) {
        return new IamFailure(ExitCode.NETWORK, "IAM at " + host + " answered " + operation + " without an access key",
                null);
    }

    private IamFailure unreachable(String reason, Throwable failure) {
        return new IamFailure(ExitCode.NETWORK, "Could not reach IAM at " + host + " (" + reason + ")", failure);
    }
}
