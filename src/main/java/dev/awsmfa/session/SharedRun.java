package dev.awsmfa.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the profiles refreshed in one run share: the session each {@link SessionKey} got (written to every
 * profile with that key, so one user and device make one STS call), the devices whose code the run spent, and
 * the wait for a device's next code. {@link #alone()} is a run of one profile, which shares nothing and never waits.
 */
public final class SharedRun {
    private final Map<SessionKey, List<String>> planned;
    private final NextCodeWait wait;
    private final Map<SessionKey, Obtained> sessions = new HashMap<>();
    private final Map<String, String> spentFor = new LinkedHashMap<>();
    private final Map<String, String> sharedFrom = new HashMap<>();

    /** One session, and the profile it was asked for. */
    record Obtained(TemporaryCredentials credentials, String profile) {
    }

    private SharedRun(Map<SessionKey, List<String>> planned, NextCodeWait wait) {
        this.planned = planned;
        this.wait = wait;
    }

    static SharedRun alone() {
        return new SharedRun(Map.of(), null);
    }

    /** A run whose profiles were grouped beforehand (for the prompt's "serves profiles a, b"). */
    static SharedRun of(Map<SessionKey, List<String>> planned, NextCodeWait wait) {
        return new SharedRun(planned, wait);
    }

    Optional<Obtained> session(SessionKey key) {
        return Optional.ofNullable(sessions.get(key));
    }

    void obtained(SessionKey key, String profile, TemporaryCredentials credentials) {
        sessions.put(key, new Obtained(credentials, profile));
        spentFor.put(key.mfaSerial(), profile);
    }

    void shared(String profile, String source) {
        sharedFrom.put(profile, source);
    }

    /** The profile whose session {@code profile} was given, when it made no call of its own. */
    Optional<String> sharedFrom(String profile) {
        return Optional.ofNullable(sharedFrom.get(profile));
    }

    /** The profile this run spent the device's code for, if any. */
    Optional<String> spentFor(String device) {
        return Optional.ofNullable(spentFor.get(device));
    }

    /** The profiles of this run that the session of {@code key} serves, planned before any call. */
    List<String> servedBy(SessionKey key) {
        List<String> profiles = planned.get(key);
        return profiles == null ? List.of() : new ArrayList<>(profiles);
    }

    /** Whether a spent code makes this run wait for the next step (a run of one fails at once, as it always has). */
    boolean waits() {
        return wait != null;
    }

    boolean waitUntil(Instant next, String device, String profile) {
        return wait.until(next, device, "profile " + profile);
    }
}
