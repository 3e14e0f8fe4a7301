package dev.awsmfa.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which role profiles awsmfa serves, the chain to their MFA session, and the line for the others. */
class RoleProfilesTest {
    static final String DEV_KEYS = "[dev-long-term]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
            + "aws_secret_access_key = x\n";

    static RoleProfiles roles(String credentials, String config) {
        return new RoleProfiles(document("/home/alice/.aws/credentials", credentials, ProfileFileKind.CREDENTIALS),
                document("/home/alice/.aws/config", config, ProfileFileKind.CONFIG), "long-term");
    }

    static ProfileDocument document(String name, String text, ProfileFileKind kind) {
        return ProfileDocument.parse(name, text.getBytes(StandardCharsets.UTF_8), kind);
    }

    static String role(String profile, String arn, String source) {
        return "[profile " + profile + "]\nrole_arn = " + arn + "\nsource_profile = " + source + "\n";
    }

    static final String ADMIN = "arn:aws:iam::111111111111:role/admin";
    static final String OPS = "arn:aws:iam::222222222222:role/ops";

    @Test
    void a_role_profile_whose_source_has_long_term_keys_is_served_with_its_settings() {
        RoleChain chain = roles(DEV_KEYS, role("admin", ADMIN, "dev") + "role_session_name = alice-admin\n"
                + "external_id = partner-42\nduration_seconds = 7200\nregion = eu-west-1\nmfa_serial = "
                + "arn:aws:iam::123456789012:mfa/alice\n").chain("admin").orElseThrow();
        assertEquals("dev", chain.base());
        assertEquals(1, chain.links().size());
        RoleProfile admin = chain.target();
        assertEquals(ADMIN, admin.roleArn());
        assertEquals("alice-admin", admin.sessionName().orElseThrow().value());
        assertEquals("partner-42", admin.externalId().orElseThrow().value());
        assertEquals("7200", admin.durationSeconds().orElseThrow().value());
        assertEquals("duration_seconds of [profile admin] in /home/alice/.aws/config",
                admin.durationSeconds().orElseThrow().source());
        assertEquals(Optional.of("eu-west-1"), admin.configRegion());
        assertFalse(chain.sourceIsRole(0));
    }

    @Test
    void a_chain_of_two_role_profiles_ends_at_the_profile_with_keys() {
        RoleChain chain = roles(DEV_KEYS, role("admin", ADMIN, "ops") + role("ops", OPS, "dev")).chain("admin")
                .orElseThrow();
        assertEquals("dev", chain.base());
        assertEquals(List.of("admin", "ops"), List.of(chain.links().get(0).profile(), chain.links().get(1).profile()));
        assertTrue(chain.sourceIsRole(0));
        assertFalse(chain.sourceIsRole(1));
    }

    @Test
    void profiles_without_a_role_or_with_keys_of_their_own_are_not_role_profiles() {
        RoleProfiles roles = roles(DEV_KEYS + "[admin-long-term]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n",
                "[profile dev]\nregion = eu-west-1\n" + role("admin", ADMIN, "dev"));
        assertEquals(Optional.empty(), roles.chain("dev"));
        assertEquals(Optional.empty(), roles.chain("nowhere"));
        // [admin-long-term] makes it an aws-mfa profile: the plain refresh (with its shadowing warning) as ever.
        assertEquals(Optional.empty(), roles.chain("admin"));
    }

    @Test
    void a_cycle_is_refused_naming_the_profiles_and_the_file() {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> roles(DEV_KEYS,
                role("admin", ADMIN, "ops") + role("ops", OPS, "admin")).chain("admin"));
        assertEquals(ExitCode.BAD_FILE, e.exitCode());
        assertEquals("Profiles admin -> ops -> admin in /home/alice/.aws/config name each other as source_profile, a "
                + "cycle: point one of them at a profile with long-term keys in [PROFILE-long-term].", e.getMessage());
    }

    @Test
    void a_chain_longer_than_five_is_refused() {
        StringBuilder config = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            config.append(role("r" + i, "arn:aws:iam::111111111111:role/r" + i, i == 5 ? "dev" : "r" + (i + 1)));
        }
        assertEquals(5, roles(DEV_KEYS, config.toString()).chain("r1").orElseThrow().links().size());
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> roles(DEV_KEYS, config.toString()).chain("r0"));
        assertEquals(ExitCode.BAD_FILE, e.exitCode());
        assertTrue(e.getMessage().startsWith("Profile r0 in /home/alice/.aws/config takes its credentials through more "
                + "than 5 role profiles (r0 -> r1 -> r2 -> r3 -> r4 -> r5)"), e.getMessage());
    }

    @Test
    void a_source_with_static_keys_is_left_to_the_aws_cli_with_a_line_that_says_so() {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> roles(
                "[dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\n",
                role("admin", ADMIN, "dev")).chain("admin"));
        assertEquals(ExitCode.PROFILE_NOT_FOUND, e.exitCode());
        assertEquals("Profile admin assumes " + ADMIN + " from source_profile dev ([profile admin] in "
                + "/home/alice/.aws/config), which has no long-term keys in [dev-long-term] of "
                + "/home/alice/.aws/credentials: the AWS CLI assumes that role itself (aws --profile admin ...); for "
                + "awsmfa to assume it from one MFA code, move dev's keys to [dev-long-term] (awsmfa --setup "
                + "--profile dev).", e.getMessage());
        assertFalse(e.getMessage().contains("run awsmfa --setup --profile admin"), "the old, wrong hint");
    }

    @Test
    void a_source_naming_the_long_term_section_itself_is_pointed_at_its_owner() {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> roles(DEV_KEYS,
                role("admin", ADMIN, "dev-long-term")).chain("admin"));
        assertTrue(e.getMessage().endsWith("for awsmfa to assume it from dev's MFA session, set source_profile = dev."),
                e.getMessage());
    }

    @Test
    void credential_source_and_a_missing_source_are_named() {
        AwsMfaException instance = assertThrows(AwsMfaException.class, () -> roles(DEV_KEYS,
                "[profile admin]\nrole_arn = " + ADMIN + "\ncredential_source = Ec2InstanceMetadata\n").chain("admin"));
        assertTrue(instance.getMessage().startsWith("Profile admin assumes " + ADMIN + " with credential_source = "
                + "Ec2InstanceMetadata of [profile admin] in /home/alice/.aws/config: the AWS CLI assumes that role "
                + "itself"), instance.getMessage());
        AwsMfaException missing = assertThrows(AwsMfaException.class, () -> roles(DEV_KEYS,
                role("admin", ADMIN, "nobody")).chain("admin"));
        assertTrue(missing.getMessage().contains("source_profile nobody ([profile admin] in /home/alice/.aws/config), "
                + "which is in neither /home/alice/.aws/credentials nor /home/alice/.aws/config"), missing.getMessage());
        assertEquals(Optional.empty(), roles(DEV_KEYS, role("admin", ADMIN, "nobody")).managed("admin"));
    }
}
