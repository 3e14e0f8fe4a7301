package dev.awsmfa.sts;

import static dev.awsmfa.sts.SdkStsGatewayTest.CODE;
import static dev.awsmfa.sts.SdkStsGatewayTest.KEY_ID;
import static dev.awsmfa.sts.SdkStsGatewayTest.ROLE;
import static dev.awsmfa.sts.SdkStsGatewayTest.SECRET;
import static dev.awsmfa.sts.SdkStsGatewayTest.SERIAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.awsmfa.session.StsFailure;
import dev.awsmfa.session.StsFailure.Kind;
import dev.awsmfa.session.StsGateway;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.settings.LongTermCredentials;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Answers;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.GetSessionTokenRequest;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * What {@link SdkStsGateway} asks the AWS SDK for, and what it makes of what the SDK throws, seen
 * from inside the SDK: a Mockito mock of the SDK's {@link ExecutionInterceptor} (the hook
 * {@code SdkStsGateway.open} takes) captures each request and fails each attempt before it is
 * sent, so nothing leaves the JVM. The answers STS sends are {@link SdkStsGatewayTest}'s part.
 */
@ExtendWith(MockitoExtension.class)
class SdkStsGatewayAtTheSdkTest {
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final StsTarget TARGET = new StsTarget(new LongTermCredentials(KEY_ID, SECRET), "eu-west-1",
            Optional.of(URI.create("http://127.0.0.1:9")), TIMEOUT);

    /** Thrown where the request would go out: not an SDK exception, so it reaches the test as it is. */
    static final class NotSent extends RuntimeException {
        NotSent() {
            super("stopped before sending", null, false, false);
        }
    }

    /** The SDK's interceptor interface; its default methods run as they are, so the SDK works as usual. */
    @Mock(answer = Answers.CALLS_REAL_METHODS)
    ExecutionInterceptor sdk;

    @Captor
    ArgumentCaptor<Context.BeforeExecution> execution;

    void call(Consumer<StsGateway> call) {
        try (StsGateway gateway = SdkStsGateway.open(TARGET, List.of(sdk), Clock.systemUTC())) {
            call.accept(gateway);
        }
    }

    @Nested
    class TheRequest {
        Object sentBy(Consumer<StsGateway> call) {
            doThrow(new NotSent()).when(sdk).beforeTransmission(any(), any());

            assertThrows(NotSent.class, () -> call(call));

            verify(sdk).beforeExecution(execution.capture(), any());
            return execution.getValue().request();
        }

        @Test
        void get_session_token_carries_the_serial_the_code_and_the_duration_and_nothing_else() {
            Object request = sentBy(gateway -> gateway.getSessionToken(SERIAL, CODE, 3600));

            assertEquals(GetSessionTokenRequest.builder().serialNumber(SERIAL).tokenCode("482913").durationSeconds(3600)
                    .build(), request);
        }

        @Test
        void assume_role_carries_role_session_name_external_id_serial_code_and_duration_and_nothing_else() {
            Object request = sentBy(gateway -> gateway.assumeRole(ROLE, "alice", "ext-42", SERIAL, CODE, 900));

            assertEquals(AssumeRoleRequest.builder().roleArn(ROLE).roleSessionName("alice").externalId("ext-42")
                    .serialNumber(SERIAL).tokenCode("482913").durationSeconds(900).build(), request);
        }

        @Test
        void assume_role_without_external_id_leaves_it_unset() {
            Object request = sentBy(gateway -> gateway.assumeRole(ROLE, "alice", null, SERIAL, CODE, 3600));

            assertEquals(AssumeRoleRequest.builder().roleArn(ROLE).roleSessionName("alice").serialNumber(SERIAL)
                    .tokenCode("482913").durationSeconds(3600).build(), request);
            assertNull(((AssumeRoleRequest) request).externalId());
        }
    }

    @Nested
    class WhatTheSdkThrows {
        StsFailure failureOf(SdkException thrown) {
            doThrow(thrown).when(sdk).beforeTransmission(any(), any());
            return assertThrows(StsFailure.class, () -> call(gateway -> gateway.getSessionToken(SERIAL, CODE, 3600)));
        }

        static StsException stsError(int status, String code, String message) {
            return (StsException) StsException.builder().statusCode(status).message(message)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
        }

        @Test
        void an_sts_error_is_translated_by_its_code_keeping_the_sdk_exception_as_cause() {
            StsFailure failure = failureOf(stsError(403, "ExpiredToken",
                    "The security token included in the request is expired"));

            assertEquals(Kind.EXPIRED_TOKEN, failure.kind(), failure.getMessage());
            assertEquals("AWS says the credentials of access key ****MPLE are an expired session: put the IAM user's own "
                    + "access key pair in the long-term profile.", failure.getMessage());
            assertTrue(failure.getCause() instanceof StsException cause
                    && cause.awsErrorDetails().errorCode().equals("ExpiredToken"), String.valueOf(failure.getCause()));
            verify(sdk, times(1)).beforeTransmission(any(), any());
        }

        @Test
        void an_sts_message_that_quotes_the_code_is_scrubbed_and_the_cause_dropped() {
            StsFailure failure = failureOf(stsError(400, "ValidationError",
                    "Value '482913' at 'tokenCode' failed to satisfy constraint"));

            assertEquals(Kind.INVALID_REQUEST, failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().contains("Value '******' at 'tokenCode'"), failure.getMessage());
            assertNull(failure.getCause(), "the SDK's exception quotes the code");
        }

        @Test
        void an_unknown_host_is_unreachable_and_tried_once() {
            StsFailure failure = failureOf(SdkClientException.create("Unable to execute HTTP request",
                    new UnknownHostException("sts.example.invalid")));

            assertEquals(Kind.UNREACHABLE, failure.kind(), failure.getMessage());
            assertEquals("Could not reach STS at 127.0.0.1:9 (unknown host): check your network, proxy, or --endpoint-url.",
                    failure.getMessage());
            verify(sdk, times(1)).beforeTransmission(any(), any());
        }

        @Test
        void a_refused_connection_sent_nothing_so_it_is_tried_again_up_to_the_limit() {
            StsFailure failure = failureOf(SdkClientException.create("Unable to execute HTTP request",
                    new ConnectException("Connection refused")));

            assertEquals(Kind.UNREACHABLE, failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().contains("(connection refused)"), failure.getMessage());
            verify(sdk, times(ThrottlingRetryStrategy.MAX_ATTEMPTS)).beforeTransmission(any(), any());
        }

        @Test
        void throttling_is_tried_again_up_to_the_limit_then_named() {
            StsFailure failure = failureOf(stsError(400, "Throttling", "Rate exceeded"));

            assertEquals(Kind.THROTTLED, failure.kind(), failure.getMessage());
            verify(sdk, times(ThrottlingRetryStrategy.MAX_ATTEMPTS)).beforeTransmission(any(), any());
        }

        @Test
        void a_call_that_ran_out_of_time_is_unreachable_and_names_the_timeout() {
            StsFailure failure = failureOf(ApiCallTimeoutException.create(TIMEOUT.toMillis()));

            assertEquals(Kind.UNREACHABLE, failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().contains("(no answer within 15 s)"), failure.getMessage());
            verify(sdk, times(1)).beforeTransmission(any(), any());
        }

        @Test
        void an_sdk_error_without_sts_code_or_network_cause_is_a_service_error() {
            StsFailure failure = failureOf(SdkClientException.create("Unable to unmarshall response"));

            assertEquals(Kind.SERVICE_ERROR, failure.kind(), failure.getMessage());
            assertTrue(failure.getMessage().startsWith("STS at 127.0.0.1:9 sent an answer awsmfa could not read"),
                    failure.getMessage());
        }
    }
}
