package dev.awsmfa.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.awsmfa.testing.AwsHome.LONG_TERM_KEY_ID;
import static dev.awsmfa.testing.AwsHome.LONG_TERM_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.awsmfa.ExitCode;
import dev.awsmfa.keys.KeysGetLine;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.AwsMfaProcess;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.IamStub;
import dev.awsmfa.testing.PassStoreHome;
import dev.awsmfa.testing.StsStub;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code awsmfa rotate} run as a user would: the packaged {@code target/awsmfa} against a WireMock STS
 * ({@code AWS_ENDPOINT_URL_STS}) and a WireMock IAM ({@code AWS_ENDPOINT_URL_IAM}) whose ListAccessKeys answer is
 * the test's model of the user's keys. After every run the credentials file holds a key IAM still has, and every
 * byte outside the long-term key's lines is what it was.
 */
class RotationIT extends StubbedStsFixture {
    private static final AtomicInteger RUN = new AtomicInteger();
    static final String NEW_KEY = "AKIANEWKEY1EXAMPLE";
    static final String NEW_SECRET = "newSecret1EXAMPLEKEYnewSecret1EXAMPLEKEY";
    static final String SESSION_KEY = "ASIAVALIDSESSIONEXAMPLE";

    IamStub iam;
    /** A profile name of this run alone: the launched awsmfa share one cache directory, where journals live. */
    String profile;
    String file;
    final List<String> iamKeys = new ArrayList<>();

    @BeforeEach
    void startIamAndWriteTheProfile() {
        iam = new IamStub();
        aws.env("AWS_ENDPOINT_URL_IAM", iam.url());
        profile = "rot" + ProcessHandle.current().pid() + "x" + RUN.incrementAndGet() + "x" + System.nanoTime();
        String expiration = Instant.now().plus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()
                .replace('T', ' ').replace("Z", "");
        file = "# keys\n[other]\naws_access_key_id = AKIAOTHEREXAMPLE\naws_secret_access_key = otherEXAMPLE\n\n"
                + "[" + profile + "-long-term]\n"
                + "aws_access_key_id = " + LONG_TERM_KEY_ID + "\n"
                + "aws_secret_access_key = " + LONG_TERM_SECRET + "\n"
                + "aws_mfa_device = " + AwsHome.DEVICE + "\n\n"
                + "[" + profile + "]\nassumed_role = False\naws_access_key_id = " + SESSION_KEY + "\n"
                + "aws_secret_access_key = sessionSecretEXAMPLE\naws_session_token = sessionTokenEXAMPLE\n"
                + "aws_security_token = sessionTokenEXAMPLE\nexpiration = " + expiration + "\n";
        aws.credentials(file);
        iamHas(LONG_TERM_KEY_ID);
        iamAnswers("CreateAccessKey", 200, IamStub.body("create-access-key.xml"));
        iamAnswers("DeleteAccessKey", 200, IamStub.body("delete-access-key.xml"));
        stsAnswersCallerIdentity(200, StsStub.body("get-caller-identity.xml"));
    }

    @AfterEach
    void stopIam() {
        iam.close();
    }

    @Test
    void lists_creates_writes_verifies_with_the_new_key_then_deletes_the_old() {
        CliRun.Result result = rotate();

        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(result.err().contains(NEW_SECRET) || result.out().contains(NEW_SECRET), result::toString);
        assertEquals(List.of("ListAccessKeys", "CreateAccessKey", "ListAccessKeys", "DeleteAccessKey " + LONG_TERM_KEY_ID),
                iamActions());
        for (LoggedRequest request : iam.requests()) {
            assertTrue(request.getHeader("Authorization").contains("Credential=" + SESSION_KEY + "/"),
                    "IAM is called with the MFA session");
            assertEquals("sessionTokenEXAMPLE", request.getHeader("X-Amz-Security-Token"));
        }
        List<LoggedRequest> identity = sts.requests();
        assertEquals(2, identity.size());
        assertTrue(identity.get(0).getHeader("Authorization").contains("Credential=" + LONG_TERM_KEY_ID + "/"));
        assertTrue(identity.get(1).getHeader("Authorization").contains("Credential=" + NEW_KEY + "/"));
        // GetCallerIdentity with the new key comes after CreateAccessKey, and the old key is deleted after it.
        assertFalse(identity.get(1).getLoggedDate().before(iam.requests().get(1).getLoggedDate()));
        assertFalse(iam.requests().get(3).getLoggedDate().before(identity.get(1).getLoggedDate()));
        iamHas(NEW_KEY);
        assertFileHoldsAKeyIamHas(NEW_KEY);
    }

    @Test
    void a_user_with_two_keys_is_refused_and_nothing_is_created() {
        iamHas(LONG_TERM_KEY_ID, "AKIASECONDKEYEXAMPLE");

        CliRun.Result result = rotate();

        assertEquals(ExitCode.ROTATION_BLOCKED.code(), result.exitCode(), result::toString);
        assertTrue(result.err().contains("already has two access keys") && result.err().contains("****MPLE"),
                result::toString);
        assertEquals(List.of("ListAccessKeys"), iamActions());
        assertEquals(file, aws.credentials());
    }

    @Test
    void create_denied_keeps_the_old_key_and_leaves_nothing_to_resume() {
        iamAnswers("CreateAccessKey", 403, IamStub.body("error-access-denied.xml"));

        CliRun.Result failed = rotate();

        assertEquals(ExitCode.CREDENTIALS_REJECTED.code(), failed.exitCode(), failed::toString);
        assertEquals(file, aws.credentials());
        assertFileHoldsAKeyIamHas(LONG_TERM_KEY_ID);

        CliRun.Result resume = rotate("--resume");
        assertEquals(ExitCode.ROTATION_BLOCKED.code(), resume.exitCode(), resume::toString);

        iamAnswers("CreateAccessKey", 200, IamStub.body("create-access-key.xml"));
        succeeds(LONG_TERM_KEY_ID);
    }

    @Test
    void create_failing_with_500_may_have_made_a_key_so_resume_deletes_it_and_makes_another() {
        iamAnswers("CreateAccessKey", 500, StsStub.body("error-internal.xml"));

        CliRun.Result failed = rotate();

        assertEquals(ExitCode.NETWORK.code(), failed.exitCode(), failed::toString);
        assertTrue(failed.err().contains("run awsmfa rotate --resume --profile " + profile), failed::toString);
        assertEquals(file, aws.credentials());
        // IAM made the key after all, and its answer was lost.
        iamHas(LONG_TERM_KEY_ID, "AKIALOSTKEYEXAMPLE");
        assertFileHoldsAKeyIamHas(LONG_TERM_KEY_ID);

        iamAnswers("CreateAccessKey", 200, IamStub.body("create-access-key.xml"));
        succeeds("AKIALOSTKEYEXAMPLE", "--resume");
    }

    @Test
    void get_caller_identity_failing_beyond_the_retries_keeps_both_keys_then_resume_finishes() {
        sts.server().stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity"))
                .withHeader("Authorization", containing("Credential=" + NEW_KEY + "/")).atPriority(1)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml")
                        .withBody(StsStub.body("error-internal.xml"))));

        CliRun.Result failed = rotate();

        assertEquals(ExitCode.NETWORK.code(), failed.exitCode(), failed::toString);
        assertTrue(failed.err().contains("rotate --resume --profile " + profile), failed::toString);
        assertFalse(iamActions().contains("DeleteAccessKey " + LONG_TERM_KEY_ID), iamActions()::toString);
        iamHas(LONG_TERM_KEY_ID, NEW_KEY);
        assertFileHoldsAKeyIamHas(NEW_KEY);

        sts.server().resetMappings();
        stsAnswersCallerIdentity(200, StsStub.body("get-caller-identity.xml"));
        succeeds(LONG_TERM_KEY_ID, "--resume");
    }

    @Test
    void delete_failing_leaves_the_new_key_written_then_resume_deletes_the_old() {
        iamAnswers("DeleteAccessKey", 500, StsStub.body("error-internal.xml"));

        CliRun.Result failed = rotate();

        assertEquals(ExitCode.NETWORK.code(), failed.exitCode(), failed::toString);
        assertTrue(failed.err().contains("is not deleted"), failed::toString);
        iamHas(LONG_TERM_KEY_ID, NEW_KEY);
        assertFileHoldsAKeyIamHas(NEW_KEY);
        CliRun.Result again = rotate();
        assertEquals(ExitCode.ROTATION_BLOCKED.code(), again.exitCode(), again::toString);

        iamAnswers("DeleteAccessKey", 200, IamStub.body("delete-access-key.xml"));
        succeeds(LONG_TERM_KEY_ID, "--resume");
    }

    @Test
    void keys_in_pass_are_rotated_there_and_the_file_keeps_only_the_new_keys_date() throws IOException {
        try (PassStoreHome pass = PassStoreHome.create(dir)) {
            pass.env().forEach(aws::env);
            String entry = "awsmfa/" + profile + "-long-term";
            pass.insert(entry, "{\"Version\": 1, \"AccessKeyId\": \"" + LONG_TERM_KEY_ID + "\", "
                    + "\"SecretAccessKey\": \"" + LONG_TERM_SECRET + "\"}\n");
            String stored = file.replace("aws_access_key_id = " + LONG_TERM_KEY_ID + "\naws_secret_access_key = "
                    + LONG_TERM_SECRET + "\n", "credential_process = " + KeysGetLine.of("pass", profile + "-long-term")
                    + "\n");
            aws.credentials(stored);

            CliRun.Result result = rotate();

            assertEquals(0, result.exitCode(), result::toString);
            assertTrue(result.err().contains("****MPLE is in pass entry " + entry + ", "), result::toString);
            assertFalse(result.err().contains(NEW_SECRET) || result.out().contains(NEW_SECRET), result::toString);
            assertEquals(List.of("ListAccessKeys", "CreateAccessKey", "ListAccessKeys",
                    "DeleteAccessKey " + LONG_TERM_KEY_ID), iamActions());
            List<LoggedRequest> identity = sts.requests();
            assertEquals(2, identity.size());
            assertTrue(identity.get(0).getHeader("Authorization").contains("Credential=" + LONG_TERM_KEY_ID + "/"),
                    "the old key is read from pass");
            assertTrue(identity.get(1).getHeader("Authorization").contains("Credential=" + NEW_KEY + "/"));
            assertFalse(identity.get(1).getLoggedDate().before(iam.requests().get(1).getLoggedDate()));
            assertFalse(iam.requests().get(3).getLoggedDate().before(identity.get(1).getLoggedDate()));
            String shown = pass.show(entry);
            assertTrue(shown != null && shown.contains("\"AccessKeyId\": \"" + NEW_KEY + "\"")
                    && shown.contains("\"SecretAccessKey\": \"" + NEW_SECRET + "\""), "pass holds the new key");
            String text = aws.credentials();
            assertTrue(text.contains("[" + profile + "-long-term]\ncredential_process = ") && text.matches(
                    "(?s).*\naws_access_key_created = [0-9TZ:-]+\n.*"), text);
            assertFalse(text.contains(LONG_TERM_KEY_ID) || text.contains(NEW_KEY) || text.contains(NEW_SECRET)
                    || text.contains(LONG_TERM_SECRET), "no key lines in the file: " + text);
            assertEquals(stored, text.replaceAll("aws_access_key_created = [0-9TZ:-]+\n", ""),
                    "nothing else changes");
        }
    }

    /** A run that finishes the rotation: deletes {@code deleted}, IAM then holds the new key alone, the file has it. */
    private void succeeds(String deleted, String... args) {
        CliRun.Result result = rotate(args);
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(iamActions().contains("DeleteAccessKey " + deleted), iamActions()::toString);
        iamHas(NEW_KEY);
        assertFileHoldsAKeyIamHas(NEW_KEY);
    }

    private CliRun.Result rotate(String... more) {
        List<String> args = new ArrayList<>(List.of("rotate", "--profile", profile));
        args.addAll(List.of(more));
        return AwsMfaProcess.with(aws.env()).run(args.toArray(new String[0]));
    }

    /** The file's long-term key is {@code expected}, one the IAM model has, and nothing else changed. */
    private void assertFileHoldsAKeyIamHas(String expected) {
        String text = aws.credentials();
        assertTrue(iamKeys.contains(expected), iamKeys::toString);
        String secret = expected.equals(NEW_KEY) ? NEW_SECRET : LONG_TERM_SECRET;
        String keyLines = "aws_access_key_id = " + expected + "\naws_secret_access_key = " + secret + "\n";
        assertTrue(text.contains("[" + profile + "-long-term]\n" + keyLines), text);
        String rest = text.replace(keyLines, "").replaceAll("aws_access_key_created = [0-9TZ:-]+\n", "");
        String before = file.replace("aws_access_key_id = " + LONG_TERM_KEY_ID + "\naws_secret_access_key = "
                + LONG_TERM_SECRET + "\n", "");
        assertEquals(before, rest);
    }

    /** The user's keys as IAM's ListAccessKeys answers them from now on. */
    private void iamHas(String... keys) {
        iamKeys.clear();
        iamKeys.addAll(List.of(keys));
        StringBuilder members = new StringBuilder();
        for (String key : keys) {
            members.append("      <member><UserName>alice</UserName><AccessKeyId>").append(key)
                    .append("</AccessKeyId><Status>Active</Status><CreateDate>2026-01-05T09:00:00Z</CreateDate>"
                            + "</member>\n");
        }
        iamAnswers("ListAccessKeys", 200, IamStub.body("list-access-keys.xml").replace("MEMBERS", members));
    }

    private void iamAnswers(String action, int status, String body) {
        iam.server().stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=" + action))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body)));
    }

    private void stsAnswersCallerIdentity(int status, String body) {
        sts.server().stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body)));
    }

    /** "ListAccessKeys", "DeleteAccessKey ID"...: the IAM requests in order. */
    private List<String> iamActions() {
        List<String> actions = new ArrayList<>();
        for (LoggedRequest request : iam.requests()) {
            java.util.Map<String, String> form = StsStub.form(request.getBodyAsString());
            actions.add(form.get("Action").equals("DeleteAccessKey") ? "DeleteAccessKey " + form.get("AccessKeyId")
                    : form.get("Action"));
        }
        return actions;
    }
}
