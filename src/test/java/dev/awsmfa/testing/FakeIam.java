package dev.awsmfa.testing;

import dev.awsmfa.session.IamFailure;
import dev.awsmfa.session.IamGateway;
import dev.awsmfa.session.IamGatewayFactory;
import dev.awsmfa.session.MfaDevice;
import dev.awsmfa.session.StsTarget;
import dev.awsmfa.settings.LongTermCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An IAM that lists fixed MFA devices (or fails) and remembers the target of every ListMFADevices call. */
public final class FakeIam implements IamGatewayFactory {
    public final List<StsTarget> calls = new ArrayList<>();
    private final List<MfaDevice> devices;
    private final IamFailure failure;

    private FakeIam(List<MfaDevice> devices, IamFailure failure) {
        this.devices = devices;
        this.failure = failure;
    }

    /** An IAM user with these devices (serial numbers or ARNs). */
    public static FakeIam listing(String... serials) {
        List<MfaDevice> devices = new ArrayList<>();
        for (String serial : serials) {
            devices.add(new MfaDevice(serial, Optional.empty()));
        }
        return new FakeIam(devices, null);
    }

    public static FakeIam failingWith(IamFailure failure) {
        return new FakeIam(List.of(), failure);
    }

    /** For the tests that expect no IAM call at all: any call fails the test. */
    public static IamGatewayFactory unused() {
        return target -> {
            throw new AssertionError("no IAM call expected, got one for " + target);
        };
    }

    @Override
    public IamGateway open(StsTarget target) {
        return new IamGateway() {
            @Override
            public List<MfaDevice> listOwnMfaDevices() {
                calls.add(target);
                if (failure != null) {
                    throw failure;
                }
                return devices;
            }

            @Override
            public List<String> listAccessKeys(String user) {
                throw new AssertionError("no ListAccessKeys expected");
            }

            @Override
            public LongTermCredentials createAccessKey(String user) {
                throw new AssertionError("no CreateAccessKey expected");
            }

            @Override
            public void deleteAccessKey(String user, String accessKeyId) {
                throw new AssertionError("no DeleteAccessKey expected");
            }

            @Override
            public void close() {
            }
        };
    }
}
