package dev.awsmfa.session;

import dev.awsmfa.Env;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.settings.RefreshOptions;
import dev.awsmfa.settings.SettingsResolver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How one profile's session stands: valid beyond the refresh window, expiring within it, expired, or absent
 * (no section, or no complete session in it). Reads the files only: no lock, no network.
 */
public final class SessionStatusService {
    private final AwsFiles files;
    private final Env env;
    private final Clock clock;

    public SessionStatusService(AwsFiles files, Env env, Clock clock) {
        this.files = files;
        this.env = env;
        this.clock = clock;
    }

    public SessionStatus status(RefreshOptions options) {
        ProfileDocument credentials = files.credentials();
        ProfileDocument config = files.config();
        SettingsResolver resolver = new SettingsResolver(env, credentials, config);
        SettingsResolver.Sections sections = resolver.sections(options);
        Duration window = SettingsResolver.refreshWindow(options, env);
        Instant now = clock.instant();
        Optional<ProfileSection> section = credentials.profile(sections.shortTerm());
        Optional<StoredSession> session = section.isPresent() ? StoredSession.read(section.get()) : Optional.empty();
        if (session.isPresent() && !session.get().complete()) {
            session = Optional.empty();
        }
        SessionState state = session.isPresent() ? session.get().stateAt(now, window) : SessionState.ABSENT;
        String profile = sections.profile().value();
        return new SessionStatus(profile, sections.shortTerm(), state, session, now,
                resolver.configRegion(profile, sections.longTerm()), sections.longTerm(),
                resolver.hasLongTermKeys(sections),
                new ProfileCatalog(credentials, config).kindOf(profile), keyCreated(credentials, sections.longTerm()));
    }

    private static Optional<Instant> keyCreated(ProfileDocument credentials, String longTermSection) {
        Optional<ProfileSection> section = credentials.profile(longTermSection);
        return section.isPresent() ? KeyAge.created(section.get()) : Optional.empty();
    }
}
