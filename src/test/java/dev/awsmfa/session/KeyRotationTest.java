package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.keys.KeyStore;
import dev.awsmfa.keys.KeyStores;
import dev.awsmfa.keys.KeysGetLine;
import dev.awsmfa.keys.LongTermKeyReader;
import dev.awsmfa.mfa.MfaCodeSource;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.session.RotationJournal.Step;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.RefreshOption;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.CliRun;
import dev.awsmfa.testing.FakeIamUser;
import dev.awsmfa.testing.FakeKeyStore;
import dev.awsmfa.testing.FakeSleeper;
import dev.awsmfa.testing.FakeSts;
import dev.awsmfa.testing.FakeTerminal;
import dev.awsmfa.testing.Options;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyRotationTest {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final String OLD = AwsHome.LONG_TERM_KEY_ID;
    static final String STORE = "memory";
    static final String FILE = "# alice's keys\n"
            + "[other]\n"
            + "aws_access_key_id = AKIAOTHER0000EXAMPLE\n"
            + "aws_secret_access_key = otherSecretEXAMPLE\n"
            + "\n"
            + "[dev-long-term]\n"
            + "aws_access_key_id = " + OLD + "\n"
            + "aws_secret_access_key = " + AwsHome.LONG_TERM_SECRET + "\n"
            + "; the phone\n"
            + "aws_mfa_device = " + AwsHome.DEVICE + "\n"
            + "\n"
            + "[dev]\n"
            + "assumed_role = False\n"
            + "aws_access_key_id = ASIAOLDSESSIONEXAMPLE\n"
            + "aws_secret_access_key = oldSecretEXAMPLE\n"
            + "aws_session_token = oldTokenEXAMPLE\n"
            + "aws_security_token = oldTokenEXAMPLE\n"
            + "expiration = 2026-11-28 23:00:00\n";

    /** FILE with the long-term keys moved to the in-memory store: awsmfa's own line in their place. */
    static final String STORED_FILE = FILE.replace("aws_access_key_id = " + OLD + "\n"
            + "aws_secret_access_key = " + AwsHome.LONG_TERM_SECRET + "\n",
            "credential_process = " + KeysGetLine.of(KeyRotationTest.STORE, "dev-long-term") + "\n");

    @TempDir
    Path dir;
    AwsHome aws;
    FakeIamUser iam;
    FakeSts sts;
    FakeSleeper clock;
    final List<Step> reached = new ArrayList<>();
    final FakeKeyStore store = new FakeKeyStore(STORE);
    /** What happens right after the store's next put: a crash, the store going bad. */
    Runnable afterPut = () -> {
    };

    /** Stands for the process dying: nothing after it runs. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The in-memory store as the rotation sees it, with {@link #afterPut} run right after the next put. */
    final class AfterPut implements KeyStore {
        @Override
        public String name() {
            return store.name();
        }

        @Override
        public String where(String entry) {
            return store.where(entry);
        }

        @Override
        public Optional<String> unusable() {
            return store.unusable();
        }

        @Override
        public void put(String entry, LongTermCredentials keys) {
            store.put(entry, keys);
            Runnable then = afterPut;
            afterPut = () -> {
            };
            then.run();
        }

        @Override
        public LongTermCredentials get(String entry) {
            return store.get(entry);
        }

        @Override
        public void remove(String entry) {
            store.remove(entry);
        }
    }

    @BeforeEach
    void setUp() {
        aws = new AwsHome(dir).credentials(FILE).env("XDG_CACHE_HOME", dir.resolve("cache").toString());
        iam = new FakeIamUser(OLD, AwsHome.LONG_TERM_SECRET);
        sts = new FakeSts(NOW.plusSeconds(3600)).identifying(id -> iam.callerArn(id));
        clock = new FakeSleeper(NOW, ZoneOffset.UTC);
    }

    /** The codes the person types, one per prompt. */
    FakeTerminal person = FakeTerminal.typing("123456");

    KeyRotation rotation(KeyRotation.Checkpoint checkpoint) {
        Env env = Env.of(aws.env());
        AwsFiles files = AwsFiles.of(env);
        Reporter quiet = new Reporter() {
        };
        KeyStores stores = KeyStores.of(new AfterPut());
        RefreshService refresh = new RefreshService(files, env, clock,
                new MfaCodeSource(person, CliRun.NO_COMMANDS),
                new LongTermKeyReader(CliRun.NO_PROGRAMS, stores), sts, iam, quiet);
        return new KeyRotation(files, env, clock, refresh, sts, iam, stores, clock,
                new RotationJournal(dir.resolve("cache").resolve("awsmfa")), checkpoint, quiet);
    }

    KeyRotation.Rotated rotate(boolean resume) {
        return rotation(step -> reached.add(step)).rotate(Options.profile("dev"), resume);
    }

    /** Runs until {@code step} is recorded, then "crashes". */
    void crashAt(Step step, boolean resume) {
        assertThrows(Crash.class, () -> rotation(reachedStep -> {
            if (reachedStep == step) {
                throw new Crash();
            }
        }).rotate(Options.profile("dev"), resume));
    }

    ProfileSection longTerm() {
        return ProfileDocument.parse("credentials", aws.credentials().getBytes(StandardCharsets.UTF_8),
                ProfileFileKind.CREDENTIALS).profile("dev-long-term").orElseThrow();
    }

    /** The file's long-term key is one IAM has, with its secret: the user can always make a session. */
    void assertFileHoldsLiveKey() {
        ProfileSection section = longTerm();
        String id = section.value("aws_access_key_id").trim();
        assertEquals(section.value("aws_secret_access_key").trim(), iam.keys.get(id), "IAM's keys: " + iam.keys.keySet());
    }

    /** Everything but the long-term key's own lines is byte for byte what it was. */
    void assertRestUnchanged() {
        assertEquals(outsideKeyLines(FILE), outsideKeyLines(aws.credentials()));
    }

    private String outsideKeyLines(String text) {
        ProfileSection section = ProfileDocument.parse("credentials", text.getBytes(StandardCharsets.UTF_8),
                ProfileFileKind.CREDENTIALS).profile("dev-long-term").orElseThrow();
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.contains(section.value("aws_access_key_id").trim())
                    && !line.contains(section.value("aws_secret_access_key").trim())
                    && !line.startsWith("aws_access_key_created")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    Path journal() {
        return new RotationJournal(dir.resolve("cache").resolve("awsmfa")).file("dev");
    }

    void assertRotatedTo(String newKey) {
        assertEquals(List.of(newKey), new ArrayList<>(iam.keys.keySet()));
        assertEquals(newKey, longTerm().value("aws_access_key_id").trim());
        assertFileHoldsLiveKey();
        assertRestUnchanged();
        assertFalse(Files.exists(journal()));
    }

    @Test
    void listsCreatesWritesVerifiesWithTheNewKeyThenDeletesTheOld() {
        List<String> fileKeyAtEachStep = new ArrayList<>();
        KeyRotation.Rotated rotated = rotation(step -> {
            reached.add(step);
            fileKeyAtEachStep.add(longTerm().value("aws_access_key_id").trim());
        }).rotate(Options.profile("dev"), false);

        assertEquals(List.of("ListAccessKeys alice", "CreateAccessKey alice", "ListAccessKeys alice",
                "DeleteAccessKey " + OLD), iam.calls);
        assertEquals(List.of(Step.CREATING, Step.CREATED, Step.WRITTEN, Step.VERIFIED), reached);
        // The file changes only once the new key is recorded; GetCallerIdentity names the user, then proves the key.
        assertEquals(List.of(OLD, OLD, "AKIANEWKEY1EXAMPLE", "AKIANEWKEY1EXAMPLE"), fileKeyAtEachStep);
        assertEquals(List.of(OLD, "AKIANEWKEY1EXAMPLE"), sts.callerKeys);
        for (StsTarget target : iam.targets) {
            assertEquals("ASIAOLDSESSIONEXAMPLE", target.credentials().accessKeyId(), "IAM is called with the session");
            assertEquals("oldTokenEXAMPLE", target.sessionToken().orElseThrow());
        }
        assertTrue(sts.calls.isEmpty(), "the valid MFA session is reused, no GetSessionToken: " + sts.calls);
        assertEquals(OLD, rotated.oldKeyId());
        assertEquals("AKIANEWKEY1EXAMPLE", rotated.newKeyId());
        assertEquals("2026-11-28T12:00:00Z", longTerm().value("aws_access_key_created").trim());
        assertRotatedTo("AKIANEWKEY1EXAMPLE");
    }

    @Test
    void aUserWithTwoKeysIsRefusedNamingTheOtherMaskedAndNothingIsCreated() {
        iam.keys.put("AKIASECONDKEYEXAMPLE", "secondSecret");

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> rotate(false));
        assertEquals(ExitCode.ROTATION_BLOCKED, e.exitCode());
        assertContains(e.getMessage(), "two access keys", "the other is ****MPLE", "aws iam delete-access-key");
        assertFalse(e.getMessage().contains("AKIASECONDKEYEXAMPLE") || e.getMessage().contains(OLD), e.getMessage());
        assertEquals(List.of("ListAccessKeys alice"), iam.calls);
        assertEquals(FILE, aws.credentials());
        assertFalse(Files.exists(journal()));
    }

    @Test
    void aNewKeyIsRetriedWithGrowingWaitsWhileIamSpreadsIt() {
        iam.spreadingAfter(3);

        rotate(false);

        assertEquals(1 + 2 + 4, clock.slept().toSeconds());
        assertRotatedTo("AKIANEWKEY1EXAMPLE");
    }

    @Test
    void aKeyStsNeverAcceptsStopsWithinTheBudgetKeepingBothKeysThenResumeFinishes() {
        iam.spreadingAfter(1000);

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> rotate(false));
        assertContains(e.getMessage(), "rotate --resume --profile dev", "is kept in IAM");
        assertFalse(e.getMessage().contains("newSecret"), e.getMessage());
        assertTrue(clock.slept().compareTo(KeyRotation.VERIFY_BUDGET) <= 0, clock.slept().toString());
        assertTrue(clock.slept().toSeconds() >= 15, "retried for most of the budget: " + clock.slept());
        assertEquals(List.of(OLD, "AKIANEWKEY1EXAMPLE"), new ArrayList<>(iam.keys.keySet()));
        assertFileHoldsLiveKey();
        assertRestUnchanged();

        iam.spreadNow("AKIANEWKEY1EXAMPLE");
        rotate(true);
        assertRotatedTo("AKIANEWKEY1EXAMPLE");
    }

    @Test
    void createAccessKeyWhoseAnswerIsLostLeavesTheOldKeyAndResumeDeletesTheUnrecordedKey() {
        iam.failOnce("CreateAccessKey", new IamFailure(ExitCode.NETWORK, "Could not reach IAM (no answer within 15 s)",
                null));

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> rotate(false));
        assertEquals(ExitCode.NETWORK, e.exitCode());
        assertContains(e.getMessage(), "IAM may have made a key all the same: run awsmfa rotate --resume --profile dev");
        assertEquals(OLD, longTerm().value("aws_access_key_id").trim());
        assertFileHoldsLiveKey();

        rotate(true);
        assertTrue(iam.calls.contains("DeleteAccessKey AKIANEWKEY1EXAMPLE"), iam.calls.toString());
        assertRotatedTo("AKIANEWKEY2EXAMPLE");
    }

    @Test
    void createAccessKeyRefusedByIamLeavesNothingToResume() {
        iam.failOnce("CreateAccessKey!", FakeIamUser.denied("CreateAccessKey"));

        assertThrows(IamFailure.class, () -> rotate(false));
        assertEquals(FILE, aws.credentials());
        assertFalse(Files.exists(journal()));
        rotate(false);
        assertRotatedTo("AKIANEWKEY1EXAMPLE");
    }

    @Test
    void aFailedDeleteLeavesTheNewKeyWrittenAndResumeDeletesTheOld() {
        iam.failOnce("DeleteAccessKey", FakeIamUser.denied("DeleteAccessKey"));

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> rotate(false));
        assertContains(e.getMessage(), "is not deleted", "rotate --resume --profile dev");
        assertFileHoldsLiveKey();
        assertEquals(List.of(OLD, "AKIANEWKEY1EXAMPLE"), new ArrayList<>(iam.keys.keySet()));

        rotate(true);
        assertRotatedTo("AKIANEWKEY1EXAMPLE");
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aCrashAfterAnyStepLeavesALiveKeyInTheFileAndResumeFinishes(Step step) {
        crashAt(step, false);
        assertFileHoldsLiveKey();
        assertRestUnchanged();
        assertEquals("rw-------", PosixFilePermissions.toString(permissions(journal())));

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> rotate(false));
        assertEquals(ExitCode.ROTATION_BLOCKED, e.exitCode());
        assertContains(e.getMessage(), "awsmfa rotate --resume --profile dev");

        rotate(true);
        assertRotatedTo("AKIANEWKEY1EXAMPLE");
    }

    @Test
    void aCrashRightAfterCreateAccessKeyAnsweredLeavesNoLiveKeyUnrecorded() {
        crashAt(Step.CREATED, false);
        assertEquals(List.of(OLD, "AKIANEWKEY1EXAMPLE"), new ArrayList<>(iam.keys.keySet()));
        assertContains(readJournal(), "AKIANEWKEY1EXAMPLE", "newSecret1EXAMPLEKEY");
    }

    @Test
    void aDamagedJournalStopsBothRotateAndResumeSayingItMayHoldAKey() throws Exception {
        Files.createDirectories(journal().getParent());
        Files.writeString(journal(), "[key-rotation]\nprofile = 646576\nstep = HALFWAY\n");

        for (boolean resume : new boolean[] {false, true}) {
            AwsMfaException e = assertThrows(AwsMfaException.class, () -> rotate(resume));
            assertEquals(ExitCode.ROTATION_BLOCKED, e.exitCode());
            assertContains(e.getMessage(), "cannot be read", "may hold a new access key");
        }
        assertTrue(iam.calls.isEmpty());
    }

    @Test
    void resumeWithoutAnUnfinishedRotationIsRefused() {
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> rotate(true));
        assertEquals(ExitCode.ROTATION_BLOCKED, e.exitCode());
        assertContains(e.getMessage(), "No unfinished rotation of profile dev");
        assertTrue(iam.calls.isEmpty());
    }

    @Test
    void keysFromACredentialProcessAreRefusedBeforeAnyCall() {
        aws.credentials("").config("[profile dev]\nmfa_serial = " + AwsHome.DEVICE + "\n"
                + "[profile dev-long-term]\ncredential_process = pass show aws/dev\n");

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> rotate(false));
        assertEquals(ExitCode.ROTATION_BLOCKED, e.exitCode());
        assertContains(e.getMessage(), "credential_process", "rotate them in that store");
        assertTrue(iam.calls.isEmpty());
        assertTrue(sts.callerKeys.isEmpty());
    }

    /** The keys in the store; the file as it was but for the new key's date. */
    void storeHeldKeys() {
        aws.credentials(STORED_FILE);
        store.entries.put("dev-long-term", new LongTermCredentials(OLD, AwsHome.LONG_TERM_SECRET));
    }

    /** The store's entry holds a key IAM has, with its secret: the user can always make a session. */
    void assertStoreHoldsLiveKey() {
        LongTermCredentials held = store.entries.get("dev-long-term");
        assertEquals(held.secretAccessKey(), iam.keys.get(held.accessKeyId()), "IAM's keys: " + iam.keys.keySet());
    }

    /** The file is what it was, byte for byte, outside the long-term section's aws_access_key_created line. */
    void assertFileUnchangedButTheDate() {
        String text = aws.credentials();
        assertEquals(STORED_FILE, text.replaceAll("aws_access_key_created = [0-9TZ:-]+\n", ""));
        assertFalse(text.contains("aws_access_key_id = " + OLD) || text.contains("aws_access_key_id = AKIANEW"), text);
    }

    void assertRotatedInStoreTo(String newKey) {
        assertEquals(List.of(newKey), new ArrayList<>(iam.keys.keySet()));
        assertEquals(newKey, store.entries.get("dev-long-term").accessKeyId());
        assertStoreHoldsLiveKey();
        assertFileUnchangedButTheDate();
        assertEquals("2026-11-28T12:00:00Z", longTerm().value("aws_access_key_created").trim());
        assertFalse(Files.exists(journal()));
    }

    @Test
    void keysInAStoreAreRotatedThereAndTheFileGetsOnlyTheNewKeysDate() {
        storeHeldKeys();
        List<String> storeKeyAtEachStep = new ArrayList<>();

        KeyRotation.Rotated rotated = rotation(step -> storeKeyAtEachStep.add(
                store.entries.get("dev-long-term").accessKeyId())).rotate(Options.profile("dev"), false);

        assertEquals(List.of("ListAccessKeys alice", "CreateAccessKey alice", "ListAccessKeys alice",
                "DeleteAccessKey " + OLD), iam.calls);
        assertEquals(List.of(OLD, OLD, "AKIANEWKEY1EXAMPLE", "AKIANEWKEY1EXAMPLE"), storeKeyAtEachStep);
        assertEquals(List.of(OLD, "AKIANEWKEY1EXAMPLE"), sts.callerKeys);
        assertEquals(List.of("get dev-long-term", "put dev-long-term", "get dev-long-term"), store.calls,
                "the old key read once (to sign, and to put back should the store fail), the new one put and read "
                        + "back");
        assertEquals("memory entry dev-long-term", rotated.where());
        assertEquals("AKIANEWKEY1EXAMPLE", rotated.newKeyId());
        assertRotatedInStoreTo("AKIANEWKEY1EXAMPLE");
    }

    @Test
    void aStoredKeyIamDoesNotListIsRefusedNamingTheStoreEntry() {
        storeHeldKeys();
        store.entries.put("dev-long-term", new LongTermCredentials("AKIASTALEKEY0EXAMPLE", "staleSecretEXAMPLE"));
        sts.identifying(id -> FakeIamUser.USER_ARN);

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> rotate(false));

        assertEquals(ExitCode.ROTATION_BLOCKED, e.exitCode());
        assertContains(e.getMessage(), "****MPLE in memory entry dev-long-term is not among IAM user alice's keys");
        assertEquals(List.of("ListAccessKeys alice"), iam.calls);
        assertEquals(List.of("get dev-long-term"), store.calls);
        assertEquals(STORED_FILE, aws.credentials());
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void aCrashAfterAnyStepLeavesALiveKeyInTheStoreAndResumeFinishes(Step step) {
        storeHeldKeys();
        crashAt(step, false);
        assertStoreHoldsLiveKey();
        assertEquals(STORED_FILE, aws.credentials().replaceAll("aws_access_key_created = [0-9TZ:-]+\n", ""));

        rotate(true);
        assertRotatedInStoreTo("AKIANEWKEY1EXAMPLE");
    }

    @Test
    void aCrashBetweenTheStoreWriteAndTheDateIsFinishedByResumeWritingTheStoreAgain() {
        storeHeldKeys();
        afterPut = () -> {
            throw new Crash();
        };

        assertThrows(Crash.class, () -> rotate(false));
        assertStoreHoldsLiveKey();
        assertEquals("AKIANEWKEY1EXAMPLE", store.entries.get("dev-long-term").accessKeyId());
        assertEquals(STORED_FILE, aws.credentials(), "the date is not written yet");
        assertTrue(Files.exists(journal()));

        rotate(true);
        assertEquals(2, store.calls.stream().filter(call -> call.startsWith("put")).count(),
                "resume puts the recorded key again: " + store.calls);
        assertRotatedInStoreTo("AKIANEWKEY1EXAMPLE");
    }

    @Test
    void aStoreThatDoesNotGiveBackTheNewKeyStopsBeforeDeleteKeepingItInTheJournal() {
        storeHeldKeys();
        afterPut = () -> store.corrupted = new LongTermCredentials("AKIANEWKEY1EXAMPLE", "mangledEXAMPLE");

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> rotate(false));

        assertEquals(ExitCode.KEY_STORE, e.exitCode());
        assertContains(e.getMessage(), "memory entry dev-long-term gave back other keys than were written;",
                "the old key ****MPLE is back in memory entry dev-long-term and still works",
                "is kept in " + journal(), "the old one is not deleted in IAM", "rotate --resume --profile dev");
        store.corrupted = null;
        assertStoreHoldsLiveKey();
        assertEquals(OLD, store.entries.get("dev-long-term").accessKeyId(), "the file's pointer leads to a working key");
        assertFalse(e.getMessage().contains("newSecret") || e.getMessage().contains("mangled"), e.getMessage());
        assertFalse(iam.calls.toString().contains("DeleteAccessKey"), iam.calls.toString());
        assertEquals(List.of(OLD, "AKIANEWKEY1EXAMPLE"), new ArrayList<>(iam.keys.keySet()));
        assertEquals(STORED_FILE, aws.credentials());
        assertContains(readJournal(), "step = CREATED", "newSecret1EXAMPLEKEY");

        rotate(true);
        assertRotatedInStoreTo("AKIANEWKEY1EXAMPLE");
    }

    @Test
    void aStoreThatFailsToWriteKeepsItsLineAndAddsWhatToDo() {
        storeHeldKeys();
        store.failing = "put";

        AwsMfaException e = assertThrows(AwsMfaException.class, () -> rotate(false));

        assertEquals(ExitCode.KEY_STORE, e.exitCode());
        assertContains(e.getMessage(), "memory: put failed: the tool exited with status 1; the new key ****MPLE "
                + "is kept in " + journal(), "run awsmfa rotate --resume --profile dev once the store works.");
        assertFalse(iam.calls.toString().contains("DeleteAccessKey"), iam.calls.toString());
        assertStoreHoldsLiveKey();

        store.failing = null;
        rotate(true);
        assertRotatedInStoreTo("AKIANEWKEY1EXAMPLE");
    }

    /**
     * aws-vault#1110's trap: the session is renewed with the code just spent elsewhere (a refresh moments ago, same
     * device); AWS takes each code once, so the rotation waits for the device's next 30 s step and asks again.
     */
    @Test
    void aCodeSpentMomentsAgoIsWaitedForNotSentAgain() {
        RefreshOptions forced = Options.of(Map.of(RefreshOption.PROFILE, "dev", RefreshOption.FORCE, true));
        person = FakeTerminal.typing("123456", "654321");
        Env env = Env.of(aws.env());
        new RefreshService(AwsFiles.of(env), env, clock, new MfaCodeSource(person, CliRun.NO_COMMANDS),
                new LongTermKeyReader(CliRun.NO_PROGRAMS), sts, iam, new Reporter() {
                }).refresh(forced, true);

        KeyRotation.Rotated rotated = rotation(step -> reached.add(step)).rotate(forced, false);

        assertEquals("AKIANEWKEY1EXAMPLE", rotated.newKeyId());
        assertEquals(Duration.ofSeconds(30), clock.slept(), "until the device's next 30 s step");
        assertEquals(2, person.prompts.size(), person::toString);
    }

    static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "'" + part + "' in: " + text);
        }
    }

    private String readJournal() {
        try {
            return Files.readString(journal());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
