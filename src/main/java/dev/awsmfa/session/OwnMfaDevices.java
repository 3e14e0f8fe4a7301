package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.validation.StsLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The MFA devices of the IAM user whose long-term keys sign the call, and a device's name resolved to its ARN
 * among them: exactly, else ignoring case (IAM's names are unique regardless of case), and refused when no device
 * or several carry it, naming the candidates.
 */
public final class OwnMfaDevices {
    private final IamGatewayFactory iam;

    public OwnMfaDevices(IamGatewayFactory iam) {
        this.iam = iam;
    }

    /** ListMFADevices as {@code target}'s keys; fails with {@link IamFailure}. */
    public List<MfaDevice> list(StsTarget target) {
        try (IamGateway gateway = iam.open(target)) {
            return gateway.listOwnMfaDevices();
        }
    }

    /** The serial number of the device named {@code name} (from {@code source}), checked as a serial. */
    public String resolve(String name, String source, StsTarget target) {
        List<MfaDevice> devices;
        try {
            devices = list(target);
        } catch (IamFailure failure) {
            throw new AwsMfaException(failure.exitCode(), failure.reason() + ", so the device name '" + name
                    + "' (from " + source + ") cannot be looked up: give the device's ARN instead.", failure);
        }
        return named(name, source, devices);
    }

    static String named(String name, String source, List<MfaDevice> devices) {
        List<MfaDevice> matches = matching(name, devices, false);
        if (matches.isEmpty()) {
            matches = matching(name, devices, true);
        }
        if (matches.size() == 1) {
            String serial = matches.get(0).serialNumber();
            StsLimits.checkSerial(serial, "device '" + name + "' from " + source);
            return serial;
        }
        if (matches.isEmpty()) {
            throw new AwsMfaException(ExitCode.INVALID_INPUT, devices.isEmpty()
                    ? "The IAM user of these keys has no MFA device, so none is named '" + name + "' (from " + source
                            + "): assign one in IAM > Users > Security credentials, then run awsmfa --setup."
                    : "No MFA device of the IAM user is named '" + name + "' (from " + source + "); its devices: "
                            + serials(devices) + ". Give one of these names or ARNs.");
        }
        throw new AwsMfaException(ExitCode.INVALID_INPUT, "'" + name + "' (from " + source + ") names "
                + matches.size() + " MFA devices of the IAM user: " + serials(matches) + ". Give the ARN of the one "
                + "to use.");
    }

    private static List<MfaDevice> matching(String name, List<MfaDevice> devices, boolean ignoreCase) {
        List<MfaDevice> matches = new ArrayList<>();
        for (MfaDevice device : devices) {
            boolean same = ignoreCase ? device.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                    : device.name().equals(name);
            if (same) {
                matches.add(device);
            }
        }
        return matches;
    }

    private static String serials(List<MfaDevice> devices) {
        List<String> serials = new ArrayList<>();
        for (MfaDevice device : devices) {
            serials.add(device.serialNumber() + (device.securityKey() ? " (security key: not for the CLI)" : ""));
        }
        return String.join(", ", serials);
    }
}
