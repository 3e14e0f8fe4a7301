package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.files.ConcurrentEditException;
import dev.awsmfa.files.CredentialsLock;
import dev.awsmfa.keys.KeyStore;
import dev.awsmfa.keys.KeyStores;
import dev.awsmfa.keys.KeysGetLine;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileEdit;
import dev.awsmfa.profile.ProfileFileKind;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.settings.LongTermCredentials;
import dev.awsmfa.settings.LongTermKeySource;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.SettingsResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code awsmfa keys move}: moves a long-term profile's keys between the credentials file and a store, in an order
 * that always leaves one working place for them, the place the credentials file names. The new place is written
 * and read back first; then one atomic edit of the section switches the file from the old place to the new (the
 * key lines for {@code credential_process = awsmfa keys get ...}, or back); only then is the old place emptied.
 * A crash before the edit leaves the keys where they were (a copy in the new store is overwritten by the next
 * move); after it, they are where the file now says, and at most a stale copy is left in the old store.
 */
public final class KeyMove {
    /** The steps, in order, for a test that stops the move as a crash would. */
    public enum Step {
        /** The keys were read from where they are. */
        READ,
        /** The new store holds them and gave them back unchanged. */
        STORED,
        /** The credentials file names the new place. */
        SWITCHED,
        /** The old store's entry is removed. */
        CLEANED
    }

    /** Where a test stops the move, after a step is done. */
    @FunctionalInterface
    public interface Checkpoint {
        /** No test: the move runs through. */
        Checkpoint NONE = new Checkpoint() {
            @Override
            public void reached(Step step) {
            }
        };

        void reached(Step step);
    }

    /** What the move did: from where to where ({@link KeyStores#FILE} or a store's name), {@code moved} false if it was there already. */
    public record Moved(String profile, String section, String from, String to, String toWhere, boolean moved) {
    }

    private final AwsFiles files;
    private final Env env;
    private final KeyStores stores;
    private final Checkpoint checkpoint;
    private final Reporter reporter;

    public KeyMove(AwsFiles files, Env env, KeyStores stores, Checkpoint checkpoint, Reporter reporter) {
        this.files = files;
        this.env = env;
        this.stores = stores;
        this.checkpoint = checkpoint;
        this.reporter = reporter;
    }

    public Moved move(RefreshOptions options, String to) {
        SettingsResolver resolver = new SettingsResolver(env, files.credentials(), files.config());
        SettingsResolver.Sections sections = resolver.sections(options);
        String profile = sections.profile().value();
        String section = sections.longTerm();
        LongTermKeySource source = resolver.longTermKeys(sections);
        Optional<KeysGetLine.Target> own = ownLine(source, profile);
        String from = own.isPresent() ? own.get().store() : KeyStores.FILE;
        KeyStore target = to.equals(KeyStores.FILE) ? null : stores.named(to);
        if (from.equals(to)) {
            return new Moved(profile, section, from, to, where(target, section), false);
        }
        files.checkWritable(ProfileFileKind.CREDENTIALS);
        KeyStore origin = own.isPresent() ? stores.named(from) : null;
        LongTermCredentials keys = origin == null ? ((LongTermKeySource.InCredentialsFile) source).keys()
                : origin.get(own.get().entry());
        checkpoint.reached(Step.READ);
        if (target != null) {
            store(target, section, keys);
            checkpoint.reached(Step.STORED);
        }
        switchFile(section, source, target, keys);
        checkpoint.reached(Step.SWITCHED);
        if (origin != null) {
            try {
                origin.remove(own.get().entry());
            } catch (AwsMfaException e) {
                reporter.warn("The keys are moved, but a copy is left in " + origin.where(own.get().entry()) + " ("
                        + e.getMessage() + "): remove it with the store's own tool.");
            }
        }
        checkpoint.reached(Step.CLEANED);
        return new Moved(profile, section, from, to, where(target, section), true);
    }

    /** awsmfa's own line, in the credentials file; any other command's keys are not awsmfa's to move. */
    private Optional<KeysGetLine.Target> ownLine(LongTermKeySource source, String profile) {
        if (!(source instanceof LongTermKeySource.FromCommand command)) {
            return Optional.empty();
        }
        Optional<KeysGetLine.Target> own = KeysGetLine.parse(command.commandLine());
        if (own.isEmpty()) {
            throw new AwsMfaException(ExitCode.KEY_STORE, "The long-term keys of profile " + profile + " come from "
                    + command.where() + ", not from awsmfa: awsmfa keys move moves keys it holds (in the credentials "
                    + "file or one of its stores); move them with that command's own tool.");
        }
        if (!command.where().contains("] of " + files.credentials().fileName())) {
            throw new AwsMfaException(ExitCode.KEY_STORE, "awsmfa keys move edits the credentials file, but the "
                    + "line that reads profile " + profile + "'s keys is " + command.where() + ": move that line into "
                    + "its section of " + files.credentials().fileName() + " first.");
        }
        return own;
    }

    /** The keys in the store, read back: the file is switched only to a copy known to be good. */
    private static void store(KeyStore target, String section, LongTermCredentials keys) {
        try {
            target.putVerified(section, keys);
        } catch (AwsMfaException e) {
            throw new AwsMfaException(e.exitCode(), e.getMessage() + " The keys stay where they were; nothing was "
                    + "changed.", e);
        }
    }

    private void switchFile(String section, LongTermKeySource source, KeyStore target, LongTermCredentials keys) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(AwsKeys.ACCESS_KEY_ID, target == null ? keys.accessKeyId() : null);
        values.put(AwsKeys.SECRET_ACCESS_KEY, target == null ? keys.secretAccessKey() : null);
        values.put(AwsKeys.CREDENTIAL_PROCESS, target == null ? null : KeysGetLine.of(target.name(), section));
        String before = source.identity();
        ProfileEdit edit = new SwitchEdit(section, before, values);
        try (CredentialsLock lock = files.lock(reporter::info)) {
            String how = files.update(lock, files.credentials(), edit);
            reporter.debug("Wrote [" + section + "] of " + files.paths().credentialsFile() + ": " + how + ".");
        } catch (AwsMfaException e) {
            if (target != null) {
                target.removeQuietly(section);
            }
            throw new AwsMfaException(e.exitCode() == ExitCode.UNEXPECTED ? ExitCode.KEY_STORE : e.exitCode(),
                    e.getMessage() + " The keys stay where they were.", e);
        }
    }

    /**
     * The section's switch, applied to the file as it is under the lock: refused when another program changed
     * where the keys are meanwhile (its keys are not ours to overwrite).
     */
    private static final class SwitchEdit implements ProfileEdit {
        private final String section;
        private final String before;
        private final Map<String, String> values;

        SwitchEdit(String section, String before, Map<String, String> values) {
            this.section = section;
            this.before = before;
            this.values = values;
        }

        @Override
        public ProfileDocument applyTo(ProfileDocument document) {
            Optional<ProfileSection> now = document.profile(section);
            Optional<String> keyId = now.flatMap(found -> found.get(AwsKeys.ACCESS_KEY_ID)).map(String::strip)
                    .filter(text -> !text.isEmpty());
            String process = now.flatMap(found -> found.get(AwsKeys.CREDENTIAL_PROCESS)).map(String::strip)
                    .orElse("");
            String identity = keyId.isPresent() ? LongTermKeySource.keyIdentity(keyId.get())
                    : LongTermKeySource.commandIdentity(process);
            if (!identity.equals(before)) {
                throw new IllegalArgumentException("[" + section + "] was changed by another program meanwhile");
            }
            return document.withProfileValues(section, values);
        }
    }

    private String where(KeyStore target, String section) {
        return target == null ? "[" + section + "] of " + files.paths().credentialsFile() : target.where(section);
    }
}
