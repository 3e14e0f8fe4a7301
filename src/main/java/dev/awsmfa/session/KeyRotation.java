package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Secrets;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.files.ConcurrentEditException;
import dev.awsmfa.files.CredentialsLock;
import dev.awsmfa.keys.KeyStore;
import dev.awsmfa.keys.KeyStores;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileFileKind;
import dev.awsmfa.session.RotationJournal.Entry;
import dev.awsmfa.session.RotationJournal.Step;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.RefreshSettings;
import dev.awsmfa.settings.SettingsResolver;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code awsmfa rotate}: replaces the IAM user's access key with a new one where the old one lives, the credentials
 * file or one of awsmfa's stores ({@link RotatedKeyHome}). Each step is recorded in a {@link RotationJournal} before
 * the next can lose it, so a crash or failure anywhere leaves a key IAM still has written there, and any new key
 * recorded: {@code --resume} goes on from the recorded step.
 * The IAM calls are signed with the MFA session, as "force MFA" policies require; the session is not tied to the
 * old key and stays valid.
 */
public final class KeyRotation {
    /** How long IAM's eventual consistency may take before the new key must work. */
    static final Duration VERIFY_BUDGET = Duration.ofSeconds(30);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(8);

    /** Where a test stops the run as a crash would, after a step is recorded. */
    @FunctionalInterface
    public interface Checkpoint {
        void reached(Step step);

        static Checkpoint none() {
            return step -> {
            };
        }
    }

    /** What the rotation did, for the command's last line. */
    public record Rotated(String profile, String where, String userArn, String oldKeyId, String newKeyId) {
    }

    private final AwsFiles files;
    private final Env env;
    private final Clock clock;
    private final RefreshService refresh;
    private final StsGatewayFactory sts;
    private final IamGatewayFactory iam;
    private final KeyStores stores;
    private final Sleeper sleeper;
    private final RotationJournal journal;
    private final Checkpoint checkpoint;
    private final Reporter reporter;

    public KeyRotation(AwsFiles files, Env env, Clock clock, RefreshService refresh, StsGatewayFactory sts,
            IamGatewayFactory iam, KeyStores stores, Sleeper sleeper, RotationJournal journal, Checkpoint checkpoint,
            Reporter reporter) {
        this.files = files;
        this.env = env;
        this.clock = clock;
        this.refresh = refresh;
        this.sts = sts;
        this.iam = iam;
        this.stores = stores;
        this.sleeper = sleeper;
        this.journal = journal;
        this.checkpoint = checkpoint;
        this.reporter = reporter;
    }

    public Rotated rotate(RefreshOptions options, boolean resume) {
        SettingsResolver resolver = new SettingsResolver(env, files.credentials(), files.config());
        RefreshSettings settings = resolver.resolve(options);
        String profile = settings.profile();
        RotatedKeyHome home = RotatedKeyHome.of(settings, stores);
        Optional<Entry> pending = journal.read(profile);
        if (pending.isPresent() && !resume) {
            throw blocked("A rotation of profile " + profile + "'s key is unfinished (" + journal.file(profile)
                    + "): run awsmfa rotate --resume --profile " + profile + ".");
        }
        if (pending.isEmpty() && resume) {
            throw blocked("No unfinished rotation of profile " + profile + " to resume: run awsmfa rotate --profile "
                    + profile + ".");
        }
        files.checkWritable(ProfileFileKind.CREDENTIALS);
        // A code spent moments ago on this device (a refresh just before) is waited for, with the countdown and
        // Ctrl-C of a run of several profiles: AWS takes each code once (aws-vault#1110's trap).
        TemporaryCredentials session = refresh.refresh(options, true,
                SharedRun.of(Map.of(), new NextCodeWait(clock, sleeper, reporter))).credentials();
        StsTarget signedBySession = new StsTarget(new LongTermCredentials(session.accessKeyId(),
                session.secretAccessKey()), settings.region(),
                resolver.iamEndpoint(profile, settings.longTermSection()), RefreshService.STS_TIMEOUT,
                Optional.of(session.sessionToken()));
        try (IamGateway gateway = iam.open(signedBySession)) {
            // A fresh run reads the old key once, here; a resumed one finds it (or not) in the store when it writes.
            Optional<LongTermCredentials> old = pending.isPresent() ? Optional.empty() : Optional.of(home.current());
            Entry entry = pending.isPresent() ? cleanUp(profile, pending.get(), gateway)
                    : start(profile, settings, home, old.get(), gateway);
            return finish(profile, settings, home, old, entry, gateway);
        }
    }

    /** Lists the user's keys, refuses a third, records the start and creates the new key. */
    private Entry start(String profile, RefreshSettings settings, RotatedKeyHome home, LongTermCredentials old,
            IamGateway gateway) {
        String userArn = caller(settings, old, settings.endpointOverride());
        String user = userName(userArn, profile);
        List<String> before = gateway.listAccessKeys(user);
        if (!before.contains(old.accessKeyId())) {
            throw blocked("Access key " + Secrets.maskKeyId(old.accessKeyId()) + " in " + home.where()
                    + " is not among IAM user " + user + "'s keys: nothing was changed.");
        }
        if (before.size() >= 2) {
            String other = before.get(before.get(0).equals(old.accessKeyId()) ? 1 : 0);
            throw blocked("IAM user " + user + " already has two access keys, the most IAM allows; the other is "
                    + Secrets.maskKeyId(other) + ": delete it in the IAM console or with aws iam delete-access-key "
                    + "--user-name " + user + " --access-key-id ID, then run awsmfa rotate again.");
        }
        return create(profile, new Entry(Step.CREATING, userArn, old.accessKeyId(), before, null, null), gateway);
    }

    private Entry create(String profile, Entry creating, IamGateway gateway) {
        record(profile, creating);
        String user = userName(creating.userArn(), profile);
        LongTermCredentials fresh;
        try {
            fresh = gateway.createAccessKey(user);
        } catch (IamFailure e) {
            if (e.exitCode() == ExitCode.CREDENTIALS_REJECTED) {
                // IAM refused: no key was made, nothing is left to finish.
                journal.remove(profile);
                throw e;
            }
            throw new AwsMfaException(e.exitCode(), e.reason() + "; IAM may have made a key all the same: run "
                    + "awsmfa rotate --resume --profile " + profile + " (it deletes such a key and makes another).", e);
        }
        Entry created = new Entry(Step.CREATED, creating.userArn(), creating.oldKeyId(), creating.keysBefore(),
                fresh, clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        if (!journal.write(profile, created)) {
            // A key known only to IAM must not outlive this run.
            gateway.deleteAccessKey(user, fresh.accessKeyId());
            throw blocked("Could not record the new access key in " + journal.file(profile) + ", so it was deleted "
                    + "again; nothing was changed.");
        }
        checkpoint.reached(Step.CREATED);
        reporter.info("Created access key " + Secrets.maskKeyId(fresh.accessKeyId()) + " for IAM user " + user + ".");
        return created;
    }

    /**
     * A run stopped before IAM's answer was recorded: a key made then has no recorded secret, so it is useless
     * and deleted, and the rotation starts over from CreateAccessKey.
     */
    private Entry cleanUp(String profile, Entry pending, IamGateway gateway) {
        if (pending.step() != Step.CREATING) {
            return pending;
        }
        String user = userName(pending.userArn(), profile);
        for (String id : gateway.listAccessKeys(user)) {
            if (!pending.keysBefore().contains(id)) {
                reporter.warn("Deleting access key " + Secrets.maskKeyId(id) + " of IAM user " + user + ": it was "
                        + "created by the interrupted rotation and its secret was never recorded.");
                gateway.deleteAccessKey(user, id);
            }
        }
        return create(profile, pending, gateway);
    }

    private Rotated finish(String profile, RefreshSettings settings, RotatedKeyHome home,
            Optional<LongTermCredentials> old, Entry entry, IamGateway gateway) {
        Entry current = entry;
        if (current.step() == Step.CREATED) {
            write(profile, home, old, current);
            current = advance(profile, current, Step.WRITTEN);
        }
        if (current.step() == Step.WRITTEN) {
            verify(profile, settings, home, current);
            current = advance(profile, current, Step.VERIFIED);
        }
        String user = userName(current.userArn(), profile);
        if (gateway.listAccessKeys(user).contains(current.oldKeyId())) {
            try {
                gateway.deleteAccessKey(user, current.oldKeyId());
            } catch (IamFailure e) {
                throw new AwsMfaException(e.exitCode(), "The new access key "
                        + Secrets.maskKeyId(current.newKey().accessKeyId()) + " is written in " + home.where()
                        + " and works, but the old key "
                        + Secrets.maskKeyId(current.oldKeyId()) + " is not deleted: " + e.reason()
                        + "; run awsmfa rotate --resume --profile " + profile + ".", e);
            }
        }
        journal.remove(profile);
        return new Rotated(profile, home.where(), current.userArn(), current.oldKeyId(),
                current.newKey().accessKeyId());
    }

    private Entry advance(String profile, Entry entry, Step step) {
        Entry next = entry.at(step);
        record(profile, next);
        return next;
    }

    private void record(String profile, Entry entry) {
        if (!journal.write(profile, entry)) {
            throw blocked("Could not write the rotation journal " + journal.file(profile) + " (the cache directory "
                    + "must be yours and writable); stopped at step " + entry.step().name().toLowerCase() + ".");
        }
        checkpoint.reached(entry.step());
    }

    /**
     * Writes the new key over the old one: in the long-term section, or in the store and then only its date in the
     * section; the rest of the file stays byte for byte. Writing again is harmless, so {@code --resume} does.
     */
    private void write(String profile, RotatedKeyHome home, Optional<LongTermCredentials> old, Entry entry) {
        Map<String, String> values = new LinkedHashMap<>();
        if (home.store().isPresent()) {
            putInStore(profile, home.store().get(), home.entry(), old, entry);
        } else {
            values.put(AwsKeys.ACCESS_KEY_ID, entry.newKey().accessKeyId());
            values.put(AwsKeys.SECRET_ACCESS_KEY, entry.newKey().secretAccessKey());
        }
        values.put(AwsKeys.ACCESS_KEY_CREATED, entry.created());
        String section = home.section();
        try (CredentialsLock lock = files.lock(reporter::info)) {
            String how = files.update(lock, files.credentials(), document -> document.withProfileValues(section,
                    values));
            reporter.debug("Wrote the new key" + (home.store().isPresent() ? "'s date" : "") + " to [" + section
                    + "] of " + files.paths().credentialsFile() + ": " + how + ".");
        } catch (ConcurrentEditException e) {
            throw new ConcurrentEditException(e, "The new key is kept in " + journal.file(profile)
                    + (home.store().isPresent() ? " and is in " + home.where() : " and the old one still works")
                    + ": run awsmfa rotate --resume --profile " + profile + " once the file is fixed.");
        }
    }

    /**
     * Puts the new key in the store's entry and reads it back ({@link KeyStore#putVerified}): a store that does not
     * give it back must not be trusted with it, so the run stops before the old key is deleted, the new key kept in
     * the journal for {@code --resume} to put again, and the old key, still live in IAM, put back in the entry (the
     * file points there: it must keep holding a working key).
     */
    private void putInStore(String profile, KeyStore store, String storeEntry, Optional<LongTermCredentials> known,
            Entry entry) {
        LongTermCredentials fresh = entry.newKey();
        Optional<LongTermCredentials> old = known.isPresent() ? known
                : oldKeyIn(store, storeEntry, entry.oldKeyId());
        try {
            store.putVerified(storeEntry, fresh);
        } catch (AwsMfaException e) {
            String reason = e.getMessage().endsWith(".") ? e.getMessage().substring(0, e.getMessage().length() - 1)
                    : e.getMessage();
            String restored = old.isPresent() && putBack(store, storeEntry, old.get())
                    ? "; the old key " + Secrets.maskKeyId(entry.oldKeyId()) + " is back in " + store.where(storeEntry)
                            + " and still works"
                    : "";
            throw new AwsMfaException(e.exitCode(), reason + restored + "; the new key "
                    + Secrets.maskKeyId(fresh.accessKeyId()) + " is kept in " + journal.file(profile) + " and the old "
                    + "one is not deleted in IAM: run awsmfa rotate --resume --profile " + profile + " once the store "
                    + "works.", e);
        }
        reporter.debug("Put the new key in " + store.where(storeEntry) + " and read it back.");
    }

    /** The old key as the entry holds it before the new one goes in; empty when it holds another (a resume). */
    private static Optional<LongTermCredentials> oldKeyIn(KeyStore store, String storeEntry, String oldKeyId) {
        try {
            LongTermCredentials held = store.get(storeEntry);
            return held.accessKeyId().equals(oldKeyId) ? Optional.of(held) : Optional.empty();
        } catch (AwsMfaException e) {
            return Optional.empty();
        }
    }

    private static boolean putBack(KeyStore store, String storeEntry, LongTermCredentials old) {
        try {
            store.put(storeEntry, old);
            return true;
        } catch (AwsMfaException e) {
            return false;
        }
    }

    /** GetCallerIdentity with the new key until IAM has spread it, with growing waits, for {@link #VERIFY_BUDGET}. */
    private void verify(String profile, RefreshSettings settings, RotatedKeyHome home, Entry entry) {
        Instant deadline = clock.instant().plus(VERIFY_BUDGET);
        Duration wait = FIRST_WAIT;
        try (Sleeper.Watch watch = sleeper.watch()) {
            while (true) {
                try {
                    String arn = caller(settings, entry.newKey(), settings.endpointOverride());
                    if (!arn.equals(entry.userArn())) {
                        throw blocked("STS says the new access key " + Secrets.maskKeyId(entry.newKey().accessKeyId())
                                + " belongs to " + arn + ", not " + entry.userArn() + ": the old key is kept.");
                    }
                    return;
                } catch (StsFailure e) {
                    boolean retriable = e.kind() == StsFailure.Kind.UNKNOWN_ACCESS_KEY
                            || e.kind() == StsFailure.Kind.SIGNATURE_MISMATCH;
                    if (!retriable || !clock.instant().plus(wait).isBefore(deadline) || !watch.sleep(wait)) {
                        throw new AwsMfaException(e.exitCode(), "The new access key "
                                + Secrets.maskKeyId(entry.newKey().accessKeyId()) + " is written in "
                                + home.where() + " but STS did not accept it yet (" + e.getMessage()
                                + "); the old key " + Secrets.maskKeyId(entry.oldKeyId()) + " is kept in IAM: run "
                                + "awsmfa rotate --resume --profile " + profile + " in a minute.", e);
                    }
                    reporter.debug("The new key is not accepted yet; trying again in " + wait.toSeconds() + " s.");
                    wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
                }
            }
        }
    }

    private String caller(RefreshSettings settings, LongTermCredentials keys, Optional<URI> endpoint) {
        try (StsGateway gateway = sts.open(new StsTarget(keys, settings.region(), endpoint,
                RefreshService.STS_TIMEOUT))) {
            return gateway.callerArn();
        }
    }

    /** The user's name, last part of {@code arn:aws:iam::ACCOUNT:user/PATH/NAME}. */
    private static String userName(String userArn, String profile) {
        int colon = userArn.lastIndexOf(':');
        String resource = userArn.substring(colon + 1);
        if (!resource.startsWith("user/")) {
            throw blocked("The long-term keys of profile " + profile + " are " + userArn + "'s, not an IAM user's: "
                    + "awsmfa rotate rotates an IAM user's access key.");
        }
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private static AwsMfaException blocked(String message) {
        return new AwsMfaException(ExitCode.ROTATION_BLOCKED, message);
    }
}
