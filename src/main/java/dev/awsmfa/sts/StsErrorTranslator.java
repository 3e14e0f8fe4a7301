package dev.awsmfa.sts;

import dev.awsmfa.Secrets;
import dev.awsmfa.session.StsFailure;
import dev.awsmfa.session.StsFailure.Kind;
import dev.awsmfa.validation.Arns;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Turns what the SDK throws into an {@link StsFailure} whose one-line message says what happened and
 * what to do. AWS's own message text is quoted where it helps (it never holds the secret key), with
 * the MFA code scrubbed in case a validation message echoes it.
 */
final class StsErrorTranslator {
    private final String host;
    private final String region;
    private final String accessKeyId;
    private final Duration timeout;
    private final Clock clock;
    private final AnswerSizeLimit limit;

    StsErrorTranslator(String host, String region, String accessKeyId, Duration timeout, Clock clock,
            AnswerSizeLimit limit) {
        this.host = host;
        this.region = region;
        this.accessKeyId = accessKeyId;
        this.timeout = timeout;
        this.clock = clock;
        this.limit = limit;
    }

    /** The SDK's own message quotes AWS's text unscrubbed: a cause that shows the code is dropped, with its trace. */
    StsFailure translate(SdkException failure, StsCall call) {
        StsFailure translated = classify(failure, call);
        return call.code() != null && codePattern(call).matcher(String.valueOf(translated.getCause())).find()
                ? new StsFailure(translated.kind(), translated.getMessage(), null) : translated;
    }

    private StsFailure classify(SdkException failure, StsCall call) {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return fromService(service, call);
        }
        if (failure instanceof ApiCallTimeoutException || failure instanceof ApiCallAttemptTimeoutException) {
            return unreachable("no answer within " + timeout.toSeconds() + " s", failure);
        }
        if (limit.exceeded()) {
            return new StsFailure(Kind.SERVICE_ERROR, "STS at " + host + " sent an answer larger than any STS answer "
                    + "(more than " + AnswerSizeLimit.MAX_BYTES / 1024 + " KiB); nothing was written: check "
                    + "--endpoint-url.", failure);
        }
        Optional<IOException> io = ioCause(failure);
        if (io.isPresent()) {
            return unreachable(describe(io.get()), failure);
        }
        if (failure instanceof AwsServiceException service) {
            return new StsFailure(Kind.SERVICE_ERROR, "STS at " + host + " answered HTTP " + service.statusCode()
                    + " without an STS error: check your proxy and --endpoint-url, or try again in a minute.", failure);
        }
        return new StsFailure(Kind.SERVICE_ERROR, "STS at " + host + " sent an answer awsmfa could not read: check "
                + "that --endpoint-url points at STS, or try again in a minute.", failure);
    }

    private static Pattern codePattern(StsCall call) {
        return Pattern.compile("(?<!\\d)" + Pattern.quote(call.code().digits()) + "(?!\\d)");
    }

    /** A successful HTTP answer that lacks the credentials. */
    StsFailure incompleteAnswer(StsCall call) {
        return new StsFailure(Kind.SERVICE_ERROR, "STS at " + host + " answered " + call.operation()
                + " without complete credentials: check that --endpoint-url points at STS, or try again.", null);
    }

    private StsFailure fromService(AwsServiceException failure, StsCall call) {
        String code = failure.awsErrorDetails().errorCode();
        String awsMessage = scrub(failure.awsErrorDetails().errorMessage(), call);
        return switch (code) {
            case "AccessDenied" -> accessDenied(awsMessage, call, failure);
            case "InvalidClientTokenId" -> new StsFailure(Kind.UNKNOWN_ACCESS_KEY, "AWS does not recognise the access "
                    + "key " + key() + " (deleted, deactivated or mistyped, or " + region + " is an opt-in region not "
                    + "enabled for the account): check aws_access_key_id in the long-term profile.", failure);
            case "SignatureDoesNotMatch" -> awsMessage.contains("Signature expired") ? clockSkew(failure)
                    : new StsFailure(Kind.SIGNATURE_MISMATCH, "AWS rejected the signature made with access key " + key()
                    + ": the secret key does not belong to it. Check aws_secret_access_key in the long-term profile.",
                    failure);
            case "ExpiredToken" -> new StsFailure(Kind.EXPIRED_TOKEN, "AWS says the credentials of access key " + key()
                    + " are an expired session: put the IAM user's own access key pair in the long-term profile.",
                    failure);
            case "RequestExpired" -> clockSkew(failure);
            case "RegionDisabledException" -> new StsFailure(Kind.REGION_DISABLED, "STS is not activated in region "
                    + region + " for this account: use another region, or ask an administrator to activate it (IAM > "
                    + "Account settings).", failure);
            case "ValidationError" -> invalidRequest(awsMessage, call, failure);
            default -> otherCode(code, awsMessage, call, failure);
        };
    }

    private StsFailure otherCode(String code, String awsMessage, StsCall call, AwsServiceException failure) {
        if (failure.isThrottlingException()) {
            return new StsFailure(Kind.THROTTLED, "STS at " + host + " is throttling requests (" + code + ") and still "
                    + "was after " + ThrottlingRetryStrategy.MAX_ATTEMPTS + " attempts: wait a minute and try again.",
                    failure);
        }
        if (failure.statusCode() >= 500) {
            return new StsFailure(Kind.SERVICE_ERROR, "STS at " + host + " failed (HTTP " + failure.statusCode() + " "
                    + code + "): the problem is on AWS's side; try again in a minute.", failure);
        }
        if (failure.statusCode() >= 400) {
            return invalidRequest(awsMessage.isEmpty() ? code : code + ": " + awsMessage, call, failure);
        }
        return new StsFailure(Kind.SERVICE_ERROR, "STS at " + host + " answered with error " + code + " (HTTP "
                + failure.statusCode() + "): try again in a minute.", failure);
    }

    private StsFailure accessDenied(String awsMessage, StsCall call, AwsServiceException failure) {
        if (call.operation().equals(StsCall.GET_FEDERATION_TOKEN) && awsMessage.contains("explicit deny")) {
            // GetFederationToken cannot carry MFA, so a "deny without MFA" policy is the usual cause.
            return new StsFailure(Kind.MFA_REQUIRED_BY_POLICY, "AWS denied GetFederationToken for access key " + key()
                    + " with an explicit deny, most likely a policy that denies everything without MFA (this call "
                    + "cannot carry MFA): name a role to open the console with, console_role_arn in the profile's "
                    + "config section or --role ARN, and awsmfa assumes it from the MFA session.", failure);
        }
        if (awsMessage.contains("invalid MFA one time pass code")) {
            return new StsFailure(Kind.MFA_CODE_REJECTED, "AWS rejected the MFA code for " + call.serialNumber()
                    + ": it was wrong or already used. Wait for the next code (codes change every 30 s) and try again.",
                    failure);
        }
        if (awsMessage.contains("unable to validate MFA code")) {
            return new StsFailure(Kind.MFA_DEVICE_REJECTED, "AWS could not validate the code against MFA device "
                    + call.serialNumber() + ": it is not an MFA device of this IAM user. "
                    + deviceHint(call.serialNumber()), failure);
        }
        if (awsMessage.contains("with session credentials")) {
            return new StsFailure(Kind.SESSION_CREDENTIALS_USED, "AWS refused GetSessionToken because access key "
                    + key() + " belongs to a session, not an IAM user: put the user's own access key pair (AKIA...) in "
                    + "the long-term profile.", failure);
        }
        String advice = call.roleArn() == null ? "check the IAM user's policies."
                : "check that the role's trust policy allows this user with MFA.";
        return new StsFailure(Kind.ACCESS_DENIED, "AWS denied " + call.describe() + " for access key " + key() + ": "
                + sentence(awsMessage) + " To fix it, " + advice, failure);
    }

    private static String deviceHint(String serial) {
        Optional<String> device = Arns.deviceForUser(serial);
        if (device.isPresent()) {
            return "That is the user's ARN, not the device's: try " + device.get() + " ("
                    + Arns.WHERE_DEVICES_ARE_LISTED + ").";
        }
        return "Check mfa_serial: it is the device's ARN, e.g. arn:aws:iam::123456789012:mfa/NAME ("
                + Arns.WHERE_DEVICES_ARE_LISTED + ").";
    }

    private StsFailure invalidRequest(String awsMessage, StsCall call, AwsServiceException failure) {
        return new StsFailure(Kind.INVALID_REQUEST, "AWS rejected the " + call.describe() + " request: "
                + sentence(awsMessage) + " Fix the value it names and try again.", failure);
    }

    private StsFailure clockSkew(AwsServiceException failure) {
        SdkHttpResponse response = failure.awsErrorDetails().sdkHttpResponse();
        Optional<String> date = response == null ? Optional.empty() : response.firstMatchingHeader("Date");
        String skew = ClockSkew.parseDateHeader(date).map(server -> ClockSkew.describe(clock.instant(), server))
                .orElse("your clock is probably wrong");
        return new StsFailure(Kind.CLOCK_SKEW, "AWS refused the request as expired: " + skew
                + "; sync it (e.g. timedatectl set-ntp true) and try again.", failure);
    }

    private StsFailure unreachable(String reason, Throwable failure) {
        return new StsFailure(Kind.UNREACHABLE, "Could not reach STS at " + host + " (" + reason
                + "): check your network, proxy, or --endpoint-url.", failure);
    }

    static String describe(IOException io) {
        if (io instanceof ConnectException) {
            return "connection refused";
        }
        if (io instanceof UnknownHostException) {
            return "unknown host";
        }
        if (io instanceof SocketTimeoutException) {
            return "no answer in time";
        }
        if (io instanceof SSLException) {
            return "TLS handshake failed";
        }
        String message = io.getMessage() == null ? "" : io.getMessage().toLowerCase(java.util.Locale.ROOT);
        return message.contains("reset") ? "connection reset" : "network error: " + io.getClass().getSimpleName();
    }

    static Optional<IOException> ioCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    private String key() {
        return Secrets.maskKeyId(accessKeyId);
    }

    /** AWS's text without the MFA code, in case a validation message quotes the value sent. */
    private static String scrub(String awsMessage, StsCall call) {
        String text = awsMessage == null ? "" : awsMessage.strip();
        return call.code() == null ? text : codePattern(call).matcher(text).replaceAll("******");
    }

    private static String sentence(String text) {
        if (text.isEmpty()) {
            return "(no details given).";
        }
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' ? text : text + ".";
    }
}
