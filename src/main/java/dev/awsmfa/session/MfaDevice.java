package dev.awsmfa.session;

import dev.awsmfa.validation.Arns;
import java.time.Instant;
import java.util.Optional;

/** One MFA device of an IAM user as ListMFADevices lists it: its serial number (an ARN, or a hardware serial). */
public record MfaDevice(String serialNumber, Optional<Instant> enabled) {
    /** What the user calls it: the last part of the ARN ({@code arn:aws:iam::123456789012:mfa/alice-phone}). */
    public String name() {
        return serialNumber.startsWith("arn:") ? serialNumber.substring(serialNumber.lastIndexOf('/') + 1)
                : serialNumber;
    }

    /** A security key or passkey: listed by IAM, but STS cannot take its codes. */
    public boolean securityKey() {
        return Arns.isSecurityKey(serialNumber);
    }
}
