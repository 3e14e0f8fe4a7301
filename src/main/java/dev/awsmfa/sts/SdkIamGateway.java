package dev.awsmfa.sts;

import dev.awsmfa.Secrets;
import dev.awsmfa.session.IamFailure;
import dev.awsmfa.session.IamGateway;
import dev.awsmfa.session.MfaDevice;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.settings.LongTermCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.ListMfaDevicesResponse;
import software.amazon.awssdk.services.iam.model.MFADevice;

/** ListMFADevices and the access-key calls through the SDK, its errors as {@link IamFailure}s; no SDK type leaves here. */
public final class SdkIamGateway implements IamGateway {
    /** A user holds at most 8 devices; a list that keeps going past this many pages is not IAM's. */
    static final int MAX_PAGES = 8;

    private final IamClient client;
    private final IamErrorTranslator translator;

    private SdkIamGateway(IamClient client, IamErrorTranslator translator) {
        this.client = client;
        this.translator = translator;
    }

    public static IamGateway open(StsTarget target) {
        return open(target, List.of());
    }

    /** With extra SDK interceptors (tests observe the request there). */
    static SdkIamGateway open(StsTarget target, List<ExecutionInterceptor> interceptors) {
        AnswerSizeLimit limit = new AnswerSizeLimit();
        String host = target.endpointOverride().isPresent() ? StsEndpoints.describe(target.endpointOverride().get())
                : "iam.amazonaws.com";
        IamErrorTranslator translator = new IamErrorTranslator(host, target.credentials().accessKeyId(),
                target.timeout(), limit);
        List<ExecutionInterceptor> all = new ArrayList<>(interceptors);
        all.add(limit);
        return new SdkIamGateway(StsClientFactory.createIam(target, target.endpointOverride(), all), translator);
    }

    @Override
    public List<MfaDevice> listOwnMfaDevices() {
        List<MfaDevice> devices = new ArrayList<>();
        String marker = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ListMfaDevicesResponse response = page(marker);
            for (MFADevice device : response.mfaDevices()) {
                if (device.serialNumber() != null) {
                    devices.add(new MfaDevice(device.serialNumber(), Optional.ofNullable(device.enableDate())));
                }
            }
            if (!Boolean.TRUE.equals(response.isTruncated()) || response.marker() == null) {
                return devices;
            }
            marker = response.marker();
        }
        throw translator.endlessAnswer();
    }

    private ListMfaDevicesResponse page(String marker) {
        try {
            return client.listMFADevices(request -> request.marker(marker));
        } catch (SdkException e) {
            throw translator.translate(e);
        }
    }

    @Override
    public List<String> listAccessKeys(String user) {
        try {
            List<String> ids = new ArrayList<>();
            for (AccessKeyMetadata key : client.listAccessKeys(request -> request.userName(user))
                    .accessKeyMetadata()) {
                ids.add(key.accessKeyId());
            }
            return ids;
        } catch (SdkException e) {
            throw translator.translate(e, "ListAccessKeys", "list its user's access keys");
        }
    }

    @Override
    public LongTermCredentials createAccessKey(String user) {
        AccessKey key;
        try {
            key = client.createAccessKey(request -> request.userName(user)).accessKey();
        } catch (SdkException e) {
            throw translator.translate(e, "CreateAccessKey", "create an access key");
        }
        if (key == null || key.accessKeyId() == null || key.secretAccessKey() == null) {
            throw translator.unreadable("CreateAccessKey");
        }
        return new LongTermCredentials(key.accessKeyId(), key.secretAccessKey());
    }

    @Override
    public void deleteAccessKey(String user, String accessKeyId) {
        try {
            client.deleteAccessKey(request -> request.userName(user).accessKeyId(accessKeyId));
        } catch (SdkException e) {
            throw translator.translate(e, "DeleteAccessKey", "delete access key " + Secrets.maskKeyId(accessKeyId));
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
