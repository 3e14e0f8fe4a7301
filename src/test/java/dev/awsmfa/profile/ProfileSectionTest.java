package dev.awsmfa.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileSectionTest {
    static final String FILE = "[DEFAULT]\nregion = us-east-1\noutput = json\ns3 =\n  a = 1\n"
            + "[profile dev]\nRegion = eu-west-1\nMfa_Serial = arn:aws:iam::1:mfa/a\noutput =\n  x = y\nblank =\n";

    static ProfileSection dev() {
        return ProfileDocument.parse("config", FILE.getBytes(StandardCharsets.UTF_8), ProfileFileKind.CONFIG)
                .profile("dev").orElseThrow();
    }

    @Test
    void finds_keys_whatever_case_is_asked_for() {
        ProfileSection dev = dev();
        assertEquals(Optional.of("arn:aws:iam::1:mfa/a"), dev.get("mfa_serial"));
        assertEquals(Optional.of("arn:aws:iam::1:mfa/a"), dev.get("MFA_SERIAL"));
        assertEquals(Optional.of("eu-west-1"), dev.get("rEgIoN"));
        assertEquals(Optional.of(""), dev.get("blank"));
        assertEquals(Optional.empty(), dev.get("role_arn"));
        assertEquals(Optional.empty(), dev.get("ROLE_ARN"));
        assertEquals("eu-west-1", dev.value("REGION"));
        assertEquals("", dev.value("blank"));
        assertEquals(null, dev.value("role_arn"));
    }

    @Test
    void inherits_defaults_it_does_not_override_and_hides_nested_blocks_from_get() {
        ProfileSection dev = dev();
        assertEquals(Optional.empty(), dev.get("output"), "its own nested block hides the inherited plain value");
        assertEquals(Optional.empty(), dev.get("s3"), "an inherited nested block");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("region", "eu-west-1");
        values.put("mfa_serial", "arn:aws:iam::1:mfa/a");
        values.put("blank", "");
        assertEquals(values, dev.values());
        assertEquals(Map.of("output", Map.of("x", "y"), "s3", Map.of("a", "1")), dev.nested());
        assertEquals("[output, s3]", dev.nested().keySet().toString(), "file order, own first");
    }

    @Test
    void tells_its_name_and_line_and_no_value() {
        ProfileSection dev = dev();
        assertEquals("profile dev", dev.name());
        assertEquals(6, dev.line());
        assertEquals("ProfileSection[profile dev at line 6, keys [region, mfa_serial, blank], nested [output, s3]]",
                dev.toString());
    }

    @Test
    void its_maps_are_read_only() {
        ProfileSection dev = dev();
        assertThrows(UnsupportedOperationException.class, () -> dev.values().put("region", "x"));
        assertThrows(UnsupportedOperationException.class, () -> dev.nested().remove("s3"));
    }
}
