package dev.awsmfa.testing;

import dev.awsmfa.mfa.TotpCode;
import dev.awsmfa.session.StsFailure;
import dev.awsmfa.session.StsGateway;
import dev.awsmfa.session.StsGatewayFactory;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.session.TemporaryCredentials;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An STS that hands out fixed example credentials (or a failure) and remembers every call. */
public final class FakeSts implements StsGatewayFactory {
    public static final String SESSION_KEY_ID = "ASIAIOSFODNN7EXAMPLE";
    public static final String SESSION_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY";
    public static final String SESSION_TOKEN = "FQoGZXIvYXdzEXAMPLEtokenFORtestsONLY";

    /**
     * One call as STS received it. {@code roleArn} is null for GetSessionToken and GetFederationToken; for
     * GetFederationToken {@code sessionName} is the federated user's name and {@code externalId} the policy; the
     * serial and code are null for the calls that send none.
     */
    public record Call(StsTarget target, String roleArn, String sessionName, String externalId, String serial,
            String code, int duration) {
    }

    public final List<Call> calls = new ArrayList<>();
    public final List<String> callerKeys = new ArrayList<>();
    private java.util.function.Function<String, String> caller;
    private Instant expiration;
    private StsFailure failure;
    private Runnable duringCall = () -> { };
    private TemporaryCredentials answer;

    public FakeSts(Instant expiration) {
        this.expiration = expiration;
    }

    /** Runs while STS is "thinking": what another program does meanwhile. */
    public FakeSts whileCalled(Runnable action) {
        this.duringCall = action;
        return this;
    }

    /** Answers with these credentials instead of the example ones. */
    public FakeSts answering(TemporaryCredentials credentials) {
        this.answer = credentials;
        return this;
    }

    /**
     * Answers GetCallerIdentity with {@code caller}'s ARN for the signing key id (it may throw an
     * {@link StsFailure}); the key ids of those calls go to {@link #callerKeys}.
     */
    public FakeSts identifying(java.util.function.Function<String, String> caller) {
        this.caller = caller;
        return this;
    }

    public FakeSts failingWith(StsFailure failure) {
        this.failure = failure;
        return this;
    }

    @Override
    public StsGateway open(StsTarget target) {
        return new StsGateway() {
            @Override
            public TemporaryCredentials getSessionToken(String serialNumber, TotpCode code, int durationSeconds) {
                return answer(new Call(target, null, null, null, serialNumber, code.digits(), durationSeconds));
            }

            @Override
            public TemporaryCredentials assumeRole(String roleArn, String roleSessionName, String externalId,
                    String serialNumber, TotpCode code, int durationSeconds) {
                return answer(new Call(target, roleArn, roleSessionName, externalId, serialNumber, code.digits(),
                        durationSeconds));
            }

            @Override
            public TemporaryCredentials getFederationToken(String name, String policy, int durationSeconds) {
                return answer(new Call(target, null, name, policy, null, null, durationSeconds));
            }

            @Override
            public TemporaryCredentials assumeRoleFromSession(String roleArn, String roleSessionName,
                    String externalId, int durationSeconds) {
                return answer(new Call(target, roleArn, roleSessionName, externalId, null, null, durationSeconds));
            }

            @Override
            public String callerArn() {
                callerKeys.add(target.credentials().accessKeyId());
                if (caller == null) {
                    throw new AssertionError("no GetCallerIdentity expected");
                }
                return caller.apply(target.credentials().accessKeyId());
            }

            @Override
            public void close() {
            }
        };
    }

    private TemporaryCredentials answer(Call call) {
        calls.add(call);
        duringCall.run();
        if (failure != null) {
            throw failure;
        }
        return answer != null ? answer : new TemporaryCredentials(SESSION_KEY_ID, SESSION_SECRET, SESSION_TOKEN, expiration);
    }

    public Call onlyCall() {
        if (calls.size() != 1) {
            throw new AssertionError("expected exactly one STS call, got " + calls);
        }
        return calls.get(0);
    }
}
