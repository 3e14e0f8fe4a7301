package dev.awsmfa.session;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.cache.CacheFile;
import dev.awsmfa.mfa.TotpCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, locally, an MFA code AWS accepted for the same device a moment ago: AWS takes each code once, and
 * a resent one comes back as the confusing "invalid MFA one time pass code" (that error's most common cause,
 * with clock skew). It keeps, per device, a hash of the last accepted code and when, in a 0600 file of the
 * cache directory; best-effort: an unreadable or unwritable file only turns it off.
 */
public final class UsedCodeGuard {
    /** TOTP codes change every 30 s; AWS also accepts a code one step late, so it can come back for two steps. */
    static final long STEP_SECONDS = 30;
    private static final long STEPS_REMEMBERED = 2;

    private final Optional<Path> file;
    private final Clock clock;

    private UsedCodeGuard(Optional<Path> file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public static UsedCodeGuard storedIn(Path file, Clock clock) {
        return new UsedCodeGuard(Optional.of(file), clock);
    }

    /** For local STS emulators (which accept any code) and {@code --no-code-guard}. */
    public static UsedCodeGuard off() {
        return new UsedCodeGuard(Optional.empty(), Clock.systemUTC());
    }

    /** @throws AwsMfaException ({@code MFA_REJECTED}) when this code was just accepted for this device */
    public void check(String device, TotpCode code) {
        if (file.isEmpty()) {
            return;
        }
        Entry last = read().get(hash(device));
        if (last == null || !last.codeHash().equals(hash(device + "\n" + code.digits()))) {
            return;
        }
        long now = clock.instant().getEpochSecond();
        long step = last.acceptedAt() / STEP_SECONDS;
        if (now / STEP_SECONDS > step + STEPS_REMEMBERED - 1) {
            return;
        }
        long next = nextStepStart(last);
        long wait = Math.max(1, next - now);
        String when = now < next ? "wait for the next code (about " + wait + " s)"
                : "enter the new code your device shows now";
        throw new AwsMfaException(ExitCode.MFA_REJECTED, "This MFA code for " + device + " was already used "
                + (now - last.acceptedAt()) + " s ago, and AWS accepts each code only once: " + when
                + ". Not sent to AWS.");
    }

    /**
     * When {@code device} shows a code AWS has not accepted yet, if that is still to come: the start of the
     * step after the one its last accepted code was used in. Empty when no code was accepted in this step, or
     * the guard is off.
     */
    public Optional<Instant> nextCodeAt(String device) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Entry last = read().get(hash(device));
        if (last == null) {
            return Optional.empty();
        }
        Instant next = Instant.ofEpochSecond(nextStepStart(last));
        return clock.instant().isBefore(next) ? Optional.of(next) : Optional.empty();
    }

    /** The first second of the TOTP step after the one a code was accepted in. */
    private static long nextStepStart(Entry accepted) {
        return (accepted.acceptedAt() / STEP_SECONDS + 1) * STEP_SECONDS;
    }

    public void remember(String device, TotpCode code) {
        if (file.isEmpty()) {
            return;
        }
        Map<String, Entry> entries = read();
        entries.put(hash(device), new Entry(hash(device + "\n" + code.digits()), clock.instant().getEpochSecond()));
        StringBuilder text = new StringBuilder(
                "# awsmfa: last accepted MFA code per device (hashed), to refuse re-use\n");
        entries.forEach((deviceHash, entry) -> text.append(deviceHash).append(' ').append(entry.codeHash()).append(' ')
                .append(entry.acceptedAt()).append('\n'));
        // Best-effort: a read-only cache only means the next re-use is caught by AWS instead.
        CacheFile.write(file.get(), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private record Entry(String codeHash, long acceptedAt) {
    }

    private Map<String, Entry> read() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Optional<byte[]> bytes = CacheFile.read(file.get());
        if (bytes.isEmpty()) {
            return entries;
        }
        try {
            for (String line : new String(bytes.get(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && !line.startsWith("#")) {
                    entries.put(parts[0], new Entry(parts[1], Long.parseLong(parts[2])));
                }
            }
        } catch (RuntimeException e) {
            entries.clear();
        }
        return entries;
    }

    private static String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
