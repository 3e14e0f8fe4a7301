package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Env;
import dev.awsmfa.ExitCode;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.files.CredentialsLock;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import dev.awsmfa.profile.ProfileEdit;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.SectionNames;
import dev.awsmfa.settings.SettingsResolver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes session sections from the credentials file, writing under the lock, through the lossless editor: only those
 * aws-mfa or awsmfa wrote ({@code assumed_role}, a session token, a readable {@code expiration}, a name not
 * ending in {@code -long-term}), never a long-term or hand-written one.
 */
public final class ClearService {
    private final AwsFiles files;
    private final Env env;
    private final Clock clock;
    private final Reporter reporter;

    public ClearService(AwsFiles files, Env env, Clock clock, Reporter reporter) {
        this.files = files;
        this.env = env;
        this.clock = clock;
        this.reporter = reporter;
    }

    /** Removes the session of one profile; the names removed (none when there was no section). */
    public List<String> clearProfile(RefreshOptions options) {
        files.checkTarget(ProfileFileKind.CREDENTIALS);
        ProfileDocument credentials = files.credentials();
        String section = new SettingsResolver(env, credentials, files.config()).sections(options).shortTerm();
        if (credentials.profile(section).isEmpty()) {
            return List.of();
        }
        if (!isWrittenSession(section, credentials.profile(section).get())) {
            throw new AwsMfaException(ExitCode.INVALID_INPUT, "[" + section + "] in " + credentials.fileName()
                    + " is not a session awsmfa or aws-mfa wrote; it is left untouched. Edit the file by hand "
                    + "if you really mean to remove it.");
        }
        write(credentials, document -> {
            Optional<ProfileSection> now = document.profile(section);
            if (now.isPresent() && !isWrittenSession(section, now.get())) {
                throw new IllegalArgumentException("[" + section + "] is no longer a session awsmfa or aws-mfa wrote");
            }
            return document.withoutProfile(section);
        });
        return List.of(section);
    }

    /** Removes every written session that has expired; the names removed. */
    public List<String> clearExpired() {
        files.checkTarget(ProfileFileKind.CREDENTIALS);
        ProfileDocument credentials = files.credentials();
        List<String> expired = expired(credentials);
        if (!expired.isEmpty()) {
            write(credentials, document -> {
                ProfileDocument edited = document;
                for (String name : expired(document)) {
                    edited = edited.withoutProfile(name);
                }
                return edited;
            });
        }
        return expired;
    }

    private List<String> expired(ProfileDocument credentials) {
        List<String> expired = new ArrayList<>();
        for (String name : credentials.profileNames()) {
            ProfileSection section = credentials.profile(name).orElseThrow();
            Optional<StoredSession> session = StoredSession.read(section);
            if (session.isPresent() && session.get().timeLeft(clock.instant()).isZero()
                    && isWrittenSession(name, section)) {
                expired.add(name);
            }
        }
        return expired;
    }

    static boolean isWrittenSession(String name, ProfileSection section) {
        return !SectionNames.isLongTerm(name)
                && section.get(AwsKeys.ASSUMED_ROLE).isPresent()
                && !section.get(AwsKeys.SESSION_TOKEN).orElse("").isEmpty()
                && StoredSession.read(section).isPresent();
    }

    /**
     * Locks only to write: deciding needs no lock, and with nothing to remove no lock file (nor {@code ~/.aws})
     * is created. What changed since the read is merged under the lock ({@link AwsFiles#update}).
     */
    private void write(ProfileDocument credentials, ProfileEdit edit) {
        try (CredentialsLock lock = files.lock(reporter::info)) {
            reporter.debug("Wrote " + credentials.fileName() + ": " + files.update(lock, credentials, edit) + ".");
        }
    }
}
