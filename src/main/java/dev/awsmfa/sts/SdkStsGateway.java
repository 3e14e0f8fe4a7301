package dev.awsmfa.sts;

import dev.awsmfa.mfa.TotpCode;
import dev.awsmfa.session.StsFailure;
import dev.awsmfa.session.StsGateway;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.session.TemporaryCredentials;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/** The only class that talks to AWS: the STS calls, SDK errors as {@link StsFailure}s; no SDK type leaves here. */
public final class SdkStsGateway implements StsGateway {
    private final StsClient client;
    private final StsErrorTranslator translator;

    private SdkStsGateway(StsClient client, StsErrorTranslator translator) {
        this.client = client;
        this.translator = translator;
    }

    public static StsGateway open(StsTarget target) {
        return open(target, List.of(), Clock.systemUTC());
    }

    /** With extra SDK interceptors (tests observe the request there) and the clock to measure skew against. */
    static SdkStsGateway open(StsTarget target, List<ExecutionInterceptor> interceptors, Clock clock) {
        URI endpoint = StsEndpoints.resolve(target.region(), target.endpointOverride());
        AnswerSizeLimit limit = new AnswerSizeLimit();
        StsErrorTranslator translator = new StsErrorTranslator(StsEndpoints.describe(endpoint), target.region(),
                target.credentials().accessKeyId(), target.timeout(), clock, limit);
        List<ExecutionInterceptor> all = new ArrayList<>(interceptors);
        all.add(limit);
        return new SdkStsGateway(StsClientFactory.create(target, endpoint, all), translator);
    }

    @Override
    public TemporaryCredentials getSessionToken(String serialNumber, TotpCode code, int durationSeconds) {
        return call(StsCall.getSessionToken(serialNumber, code), () -> client.getSessionToken(request -> request
                .serialNumber(serialNumber)
                .tokenCode(code.digits())
                .durationSeconds(durationSeconds)).credentials());
    }

    @Override
    public TemporaryCredentials assumeRole(String roleArn, String roleSessionName, String externalId,
            String serialNumber, TotpCode code, int durationSeconds) {
        return call(StsCall.assumeRole(roleArn, serialNumber, code), () -> client.assumeRole(request -> request
                .roleArn(roleArn)
                .roleSessionName(roleSessionName)
                .externalId(externalId)
                .serialNumber(serialNumber)
                .tokenCode(code.digits())
                .durationSeconds(durationSeconds)).credentials());
    }

    @Override
    public TemporaryCredentials getFederationToken(String name, String policy, int durationSeconds) {
        return call(StsCall.getFederationToken(), () -> client.getFederationToken(request -> request
                .name(name)
                .policy(policy)
                .durationSeconds(durationSeconds)).credentials());
    }

    @Override
    public TemporaryCredentials assumeRoleFromSession(String roleArn, String roleSessionName, String externalId,
            int durationSeconds) {
        return call(StsCall.assumeRoleFromSession(roleArn), () -> client.assumeRole(request -> request
                .roleArn(roleArn)
                .roleSessionName(roleSessionName)
                .externalId(externalId)
                .durationSeconds(durationSeconds)).credentials());
    }

    @Override
    public String callerArn() {
        StsCall call = StsCall.getCallerIdentity();
        String arn;
        try {
            arn = client.getCallerIdentity().arn();
        } catch (SdkException e) {
            throw translator.translate(e, call);
        }
        if (arn == null) {
            throw translator.incompleteAnswer(call);
        }
        return arn;
    }

    private TemporaryCredentials call(StsCall call, Supplier<Credentials> request) {
        Credentials credentials;
        try {
            credentials = request.get();
        } catch (SdkException e) {
            throw translator.translate(e, call);
        }
        if (credentials == null || credentials.accessKeyId() == null || credentials.secretAccessKey() == null
                || credentials.sessionToken() == null || credentials.expiration() == null) {
            throw translator.incompleteAnswer(call);
        }
        return new TemporaryCredentials(credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken(), credentials.expiration());
    }

    @Override
    public void close() {
        client.close();
    }
}
