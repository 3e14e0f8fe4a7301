package dev.awsmfa.testing;

import dev.awsmfa.ExitCode;
import dev.awsmfa.session.IamFailure;
import dev.awsmfa.session.IamGateway;
import dev.awsmfa.session.IamGatewayFactory;
import dev.awsmfa.session.MfaDevice;
import dev.awsmfa.session.StsFailure;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.settings.LongTermCredentials;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One IAM user's access keys, as IAM keeps them: the calls made ("ListAccessKeys", "CreateAccessKey",
 * "DeleteAccessKey ID"), a failure to inject once per operation, and a new key that STS accepts only after a few
 * tries (IAM's propagation delay). {@link #callerArn} is GetCallerIdentity's answer for a key, for {@link FakeSts}.
 */
public final class FakeIamUser implements IamGatewayFactory {
    public static final String USER_ARN = "arn:aws:iam::123456789012:user/alice";
    public final Map<String, String> keys = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();
    public final List<StsTarget> targets = new ArrayList<>();
    private final Map<String, RuntimeException> failures = new HashMap<>();
    private final Map<String, Integer> unspread = new HashMap<>();
    private int created;
    private int spreadAfter;

    public FakeIamUser(String keyId, String secret) {
        keys.put(keyId, secret);
    }

    /**
     * The next call of {@code operation} fails with {@code failure}: "CreateAccessKey" after making its key (the
     * answer is lost), "CreateAccessKey!" before.
     */
    public FakeIamUser failOnce(String operation, RuntimeException failure) {
        failures.put(operation, failure);
        return this;
    }

    /** New keys are refused by STS this many times before they work. */
    public FakeIamUser spreadingAfter(int tries) {
        spreadAfter = tries;
        return this;
    }

    /** IAM has spread key {@code id}: STS accepts it from now on. */
    public void spreadNow(String id) {
        unspread.remove(id);
    }

    public static IamFailure denied(String operation) {
        return new IamFailure(ExitCode.CREDENTIALS_REJECTED, "IAM denied " + operation + " (AccessDenied)", null);
    }

    /** GetCallerIdentity: the user's ARN for a key IAM has and has spread, else STS's InvalidClientTokenId. */
    public String callerArn(String keyId) {
        int left = unspread.getOrDefault(keyId, 0);
        if (!keys.containsKey(keyId) || left > 0) {
            unspread.put(keyId, left - 1);
            throw new StsFailure(StsFailure.Kind.UNKNOWN_ACCESS_KEY, "STS does not know access key " + keyId, null);
        }
        return USER_ARN;
    }

    private void call(String operation, String line) {
        calls.add(line);
        RuntimeException failure = failures.remove(operation);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public IamGateway open(StsTarget target) {
        targets.add(target);
        return new IamGateway() {
            @Override
            public List<MfaDevice> listOwnMfaDevices() {
                throw new AssertionError("no ListMFADevices expected");
            }

            @Override
            public List<String> listAccessKeys(String user) {
                call("ListAccessKeys", "ListAccessKeys " + user);
                return new ArrayList<>(keys.keySet());
            }

            @Override
            public LongTermCredentials createAccessKey(String user) {
                // "CreateAccessKey!": refused before any key is made; "CreateAccessKey": made, answer lost.
                call("CreateAccessKey!", "CreateAccessKey " + user);
                created++;
                String id = "AKIANEWKEY" + created + "EXAMPLE";
                keys.put(id, "newSecret" + created + "EXAMPLEKEY");
                unspread.put(id, spreadAfter);
                RuntimeException failure = failures.remove("CreateAccessKey");
                if (failure != null) {
                    throw failure;
                }
                return new LongTermCredentials(id, keys.get(id));
            }

            @Override
            public void deleteAccessKey(String user, String accessKeyId) {
                call("DeleteAccessKey", "DeleteAccessKey " + accessKeyId);
                keys.remove(accessKeyId);
            }

            @Override
            public void close() {
            }
        };
    }
}
