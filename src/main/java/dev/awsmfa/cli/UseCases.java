package dev.awsmfa.cli;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.Services;
import dev.awsmfa.cache.CacheDirectory;
import dev.awsmfa.files.AwsFiles;
import dev.awsmfa.keys.KeyStores;
import dev.awsmfa.keys.LongTermKeyReader;
import dev.awsmfa.keys.StoreContext;
import dev.awsmfa.mfa.MfaCodeSource;
import dev.awsmfa.mfa.SystemProgramRunner;
import dev.awsmfa.session.ClearService;
import dev.awsmfa.session.KeyLocations;
import dev.awsmfa.session.KeyMove;
import dev.awsmfa.session.KeyRotation;
import dev.awsmfa.session.NextCodeWait;
import dev.awsmfa.session.ProfileCatalog;
import dev.awsmfa.session.RefreshRun;
import dev.awsmfa.session.RefreshService;
import dev.awsmfa.session.Reporter;
import dev.awsmfa.session.RoleSessionService;
import dev.awsmfa.session.RotationJournal;
import dev.awsmfa.session.SessionProvider;
import dev.awsmfa.session.SessionStatusService;
import dev.awsmfa.session.SetupService;

/** Builds the use cases the subcommands call from the outside world and where messages go. */
final class UseCases {
    private final Services services;
    private final AwsFiles files;
    private final Reporter reporter;
    /** One set of stores per command: a store opened to read the keys is the one written to. */
    private KeyStores stores;

    UseCases(Services services, Reporter reporter) {
        this.services = services;
        this.files = AwsFiles.of(services.env());
        this.reporter = reporter;
    }

    ProfileCatalog catalog() {
        return new ProfileCatalog(files.credentials(), files.config());
    }

    SessionStatusService status() {
        return new SessionStatusService(files, services.env(), services.clock());
    }

    AwsFiles files() {
        return files;
    }

    RefreshService refresh() {
        return refresh(reporter);
    }

    private RefreshService refresh(Reporter to) {
        return new RefreshService(files, services.env(), services.clock(),
                new MfaCodeSource(services.terminal(), services.commandRunner(), services.dialogs()), keys(),
                services.sts(), services.iam(), to);
    }

    LongTermKeyReader keys() {
        return new LongTermKeyReader(services.programs(), stores());
    }

    /** The key stores; their tools always run as real processes (tests put fakes on the environment's PATH). */
    KeyStores stores() {
        if (stores == null) {
            stores = new KeyStores(new StoreContext(services.env(), new SystemProgramRunner(), services.terminal(),
                    files.paths().credentialsFile()));
        }
        return stores;
    }

    RoleSessionService roles() {
        return roles(refresh(), reporter);
    }

    private RoleSessionService roles(RefreshService refresh, Reporter to) {
        return new RoleSessionService(files, services.env(), services.clock(), refresh, status(), services.sts(), to);
    }

    /** Several profiles in one run; a warning about a file is said once, not once per profile. */
    RefreshRun run() {
        Reporter once = new DistinctWarnings(reporter);
        RefreshService refresh = refresh(once);
        return new RefreshRun(refresh, roles(refresh, once), files, services.env(),
                new NextCodeWait(services.clock(), services.sleeper(), reporter));
    }

    SessionProvider provider() {
        RefreshService refresh = refresh();
        return new SessionProvider(status(), refresh, roles(refresh, reporter));
    }

    SetupService setup() {
        return new SetupService(services.terminal(), files, services.env(), services.iam(), stores(), reporter);
    }

    /** The key rotation; its journal in the cache directory, which must be the user's own. */
    KeyRotation rotation() {
        CacheDirectory cache = CacheDirectory.of(services.env());
        if (cache.trusted().isEmpty()) {
            throw new AwsMfaException(ExitCode.ROTATION_BLOCKED, "awsmfa rotate keeps its journal in the cache "
                    + "directory and does not start without one; " + cache.describe() + ".");
        }
        return new KeyRotation(files, services.env(), services.clock(), refresh(), services.sts(), services.iam(),
                stores(), services.sleeper(), new RotationJournal(cache.trusted().get()), KeyRotation.Checkpoint.none(),
                reporter);
    }

    KeyMove keyMove() {
        return new KeyMove(files, services.env(), stores(), KeyMove.Checkpoint.NONE, reporter);
    }

    KeyLocations keyLocations() {
        return new KeyLocations(files.credentials(), files.config(), stores());
    }

    ClearService clear() {
        return new ClearService(files, services.env(), services.clock(), reporter);
    }
}
