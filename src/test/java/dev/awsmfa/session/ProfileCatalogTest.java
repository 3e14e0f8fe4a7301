package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProfileCatalogTest {
    static final String KEYS = "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = x\n";
    static final String SESSION = "assumed_role = False\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\n"
            + "aws_secret_access_key = s\naws_session_token = t\naws_security_token = t\n";

    static ProfileCatalog catalog(String credentials, String config) {
        return new ProfileCatalog(
                ProfileDocument.parse("credentials", credentials.getBytes(StandardCharsets.UTF_8), ProfileFileKind.CREDENTIALS),
                ProfileDocument.parse("config", config.getBytes(StandardCharsets.UTF_8), ProfileFileKind.CONFIG));
    }

    static Map<String, ProfileSummary> byName(ProfileCatalog catalog) {
        return catalog.list().stream().collect(Collectors.toMap(ProfileSummary::name, Function.identity()));
    }

    @Test
    void lists_the_union_of_both_files_credentials_first_each_name_once() {
        ProfileCatalog catalog = catalog("[b]\n" + KEYS + "[a]\n" + KEYS, "[default]\n[profile a]\n[profile c]\n");
        assertEquals(List.of("b", "a", "default", "c"), catalog.names());
    }

    @Test
    void classifies_every_kind_by_the_documented_rules() {
        Map<String, ProfileSummary> rows = byName(catalog(
                "[dev-long-term]\n" + KEYS
                        + "[legacy]\n" + KEYS + "aws_mfa_device = arn:aws:iam::123456789012:mfa/alice\n"
                        + "[dev]\n" + SESSION + "expiration = 2026-11-28 13:00:00\n"
                        + "[admin]\n" + SESSION.replace("False", "True")
                        + "assumed_role_arn = arn:aws:iam::123456789012:role/admin\nexpiration = 2026-11-28 11:00:00\n"
                        + "[ci]\n" + KEYS
                        + "[empty]\nregion = x\n",
                "[profile ops]\nrole_arn = arn:aws:iam::123456789012:role/ops\nsource_profile = dev\n"
                        + "[profile corp]\nsso_session = corp\n[profile tools]\nregion = eu-west-1\n"
                        + "[profile console]\nlogin_session = arn:aws:iam::123456789012:user/alice\n"
                        + "[profile vault]\ncredential_process = aws-vault export --format=json dev\n"
                        + "[profile ci]\ncredential_process = keys-from-ci\n"));
        Map<String, String> kinds = rows.values().stream()
                .collect(Collectors.toMap(ProfileSummary::name, r -> r.kind().label()));
        // [ci] has keys in the credentials file and a credential_process: botocore reads the keys first.
        assertEquals(Map.ofEntries(Map.entry("dev-long-term", "long-term"), Map.entry("legacy", "long-term"),
                Map.entry("dev", "mfa-session"), Map.entry("admin", "role-session"), Map.entry("ci", "static"),
                Map.entry("empty", "config-only"), Map.entry("ops", "role"), Map.entry("corp", "sso"),
                Map.entry("tools", "config-only"), Map.entry("console", "login"), Map.entry("vault", "process")),
                kinds);
    }

    @Test
    void the_kind_of_one_profile_is_the_one_list_shows_and_none_for_a_profile_in_neither_file() {
        ProfileCatalog catalog = catalog("[ci]\n" + KEYS, "[profile corp]\nsso_session = corp\n");
        assertEquals(Optional.of(ProfileKind.STATIC), catalog.kindOf("ci"));
        assertEquals(Optional.of(ProfileKind.SSO), catalog.kindOf("corp"));
        assertEquals(Optional.empty(), catalog.kindOf("nope"));
    }

    @Test
    void every_kind_says_what_it_means() {
        for (ProfileKind kind : ProfileKind.values()) {
            assertTrue(kind.meaning().endsWith(".") && kind.meaning().length() > 20, kind.label());
        }
    }

    @Test
    void a_session_shows_its_expiry_and_other_kinds_none() {
        Map<String, ProfileSummary> rows = byName(catalog("[dev]\n" + SESSION + "expiration = 2026-11-28 13:00:00\n"
                + "[old]\n" + SESSION + "expiration = 2026-11-28 11:00:00\n[ci]\n" + KEYS, ""));
        assertEquals(Optional.of(Instant.parse("2026-11-28T13:00:00Z")), rows.get("dev").expiration());
        assertEquals(Optional.of(Instant.parse("2026-11-28T11:00:00Z")), rows.get("old").expiration());
        assertEquals(Optional.empty(), rows.get("ci").expiration());
    }

    @Test
    void shows_masked_key_device_of_the_long_term_sibling_role_and_region() {
        ProfileSummary dev = byName(catalog("[dev-long-term]\n" + KEYS
                + "aws_mfa_device = arn:aws:iam::123456789012:mfa/alice\n[dev]\n" + SESSION.replace("False", "True")
                + "assumed_role_arn = arn:aws:iam::123456789012:role/admin\nexpiration = 2026-11-28 13:00:00\n",
                "[profile dev]\nregion = eu-west-1\n")).get("dev");
        assertEquals(Optional.of("****MPLE"), dev.maskedKeyId());
        assertEquals(Optional.of("arn:aws:iam::123456789012:mfa/alice"), dev.device());
        assertEquals(Optional.of("arn:aws:iam::123456789012:role/admin"), dev.role());
        assertEquals(Optional.of("eu-west-1"), dev.region());
    }

    @Test
    void blank_values_count_as_absent_and_the_role_comes_from_the_session_then_config_then_assume_role() {
        Map<String, ProfileSummary> rows = byName(catalog(
                "[legacy]\n" + KEYS.replace("AKIAIOSFODNN7EXAMPLE", " ") + "assume_role = arn:aws:iam::1:role/legacy\n"
                        + "mfa_serial =\n"
                        + "[both]\n" + KEYS + "assume_role = arn:aws:iam::1:role/legacy\n"
                        + "[session]\n" + SESSION.replace("False", "TRUE") + "expiration = 2026-11-28 13:00:00\n"
                        + "assumed_role_arn = \n"
                        + "[session-long-term]\n" + KEYS + "mfa_serial = arn:aws:iam::1:mfa/sibling\n",
                "[profile both]\nrole_arn = arn:aws:iam::1:role/config\nregion =\nmfa_serial = arn:aws:iam::1:mfa/config\n"));
        ProfileSummary legacy = rows.get("legacy");
        assertEquals(ProfileKind.CONFIG_ONLY, legacy.kind(), "a blank key id is no key");
        assertEquals(Optional.empty(), legacy.maskedKeyId());
        assertEquals(Optional.of("arn:aws:iam::1:role/legacy"), legacy.role());
        assertEquals(Optional.empty(), legacy.device(), "blank mfa_serial, and no long-term sibling");
        ProfileSummary both = rows.get("both");
        assertEquals(ProfileKind.ROLE, both.kind());
        assertEquals(Optional.of("arn:aws:iam::1:role/config"), both.role());
        assertEquals(Optional.of("arn:aws:iam::1:mfa/config"), both.device());
        assertEquals(Optional.empty(), both.region());
        ProfileSummary session = rows.get("session");
        assertEquals(ProfileKind.ROLE_SESSION, session.kind(), "assumed_role = TRUE, whatever its case");
        assertEquals(Optional.empty(), session.role(), "a blank assumed_role_arn");
        assertEquals(Optional.of("arn:aws:iam::1:mfa/sibling"), session.device());
    }

    @Test
    void a_readable_expiration_makes_a_session_even_without_its_keys_and_an_unreadable_one_does_not() {
        Map<String, ProfileSummary> rows = byName(catalog("[bare]\nexpiration = 2026-11-28T12:30:00Z\n"
                + "[garbled]\n" + KEYS + "expiration = soon\n", ""));
        assertEquals(ProfileKind.MFA_SESSION, rows.get("bare").kind());
        assertEquals(Optional.of(Instant.parse("2026-11-28T12:30:00Z")), rows.get("bare").expiration());
        assertEquals(ProfileKind.STATIC, rows.get("garbled").kind());
        assertEquals(Optional.empty(), rows.get("garbled").expiration());
    }
}
