package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.Secrets;
import dev.awsmfa.keys.KeyStores;
import dev.awsmfa.keys.KeysGetLine;
import dev.awsmfa.profile.AwsKeys;
import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileSection;
import dev.awsmfa.settings.SectionNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code awsmfa keys list}: where each long-term profile's keys live, read from the files alone (no store is opened,
 * no command run, no secret read): in the credentials file (the key id masked), in one of awsmfa's stores, or
 * printed by another {@code credential_process}.
 */
public final class KeyLocations {
    /** Where one long-term section's keys are. {@code kind} is {@link KeyStores#FILE}, a store's name, or "command". */
    public record Location(String section, String kind, String where, Optional<String> maskedKeyId,
            Optional<Instant> created) {
    }

    public static final String COMMAND = "command";

    private final ProfileDocument credentials;
    private final ProfileDocument config;
    private final KeyStores stores;

    public KeyLocations(ProfileDocument credentials, ProfileDocument config, KeyStores stores) {
        this.credentials = credentials;
        this.config = config;
        this.stores = stores;
    }

    public List<Location> list() {
        List<Location> rows = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String name : credentials.profileNames()) {
            ProfileSection section = credentials.profile(name).orElseThrow();
            if (!SectionNames.isLongTerm(name) || section.value(AwsKeys.SESSION_TOKEN) != null) {
                continue;
            }
            seen.add(name);
            String keyId = section.value(AwsKeys.ACCESS_KEY_ID);
            if (keyId != null && !keyId.isEmpty()) {
                rows.add(new Location(name, KeyStores.FILE, "line " + section.line() + " of " + credentials.fileName(),
                        Optional.of(Secrets.maskKeyId(keyId)), KeyAge.created(section)));
                continue;
            }
            Optional<Location> process = process(name, section.value(AwsKeys.CREDENTIAL_PROCESS),
                    credentials.fileName(), section);
            if (process.isEmpty()) {
                process = configProcess(name, section);
            }
            rows.add(process.orElse(new Location(name, "none", "no keys in [" + name + "] of "
                    + credentials.fileName(), Optional.empty(), Optional.empty())));
        }
        for (String name : config.profileNames()) {
            if (SectionNames.isLongTerm(name) && !seen.contains(name)) {
                Optional<Location> process = configProcess(name, null);
                if (process.isPresent()) {
                    rows.add(process.get());
                }
            }
        }
        return rows;
    }

    private Optional<Location> configProcess(String name, ProfileSection credentialsSection) {
        Optional<ProfileSection> section = config.profile(name);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        return process(name, section.get().value(AwsKeys.CREDENTIAL_PROCESS), config.fileName(),
                credentialsSection != null ? credentialsSection : section.get());
    }

    private Optional<Location> process(String name, String commandLine, String fileName, ProfileSection dated) {
        if (commandLine == null || commandLine.isEmpty()) {
            return Optional.empty();
        }
        Optional<KeysGetLine.Target> own = KeysGetLine.parse(commandLine);
        if (own.isPresent()) {
            String where;
            try {
                where = stores.named(own.get().store()).where(own.get().entry());
            } catch (AwsMfaException e) {
                where = "a store this awsmfa does not know (" + own.get().store() + ")";
            }
            return Optional.of(new Location(name, own.get().store(), where, Optional.empty(), KeyAge.created(dated)));
        }
        return Optional.of(new Location(name, COMMAND, "credential_process in [" + name + "] of " + fileName + ": "
                + commandLine, Optional.empty(), KeyAge.created(dated)));
    }
}
