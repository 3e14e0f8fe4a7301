package dev.awsmfa.cli;

import dev.awsmfa.Build;
import dev.awsmfa.session.AwsFiles;
import dev.awsmfa.session.FileContent;
import dev.awsmfa.session.ProfileCatalog;
import dev.awsmfa.session.ResultCache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.TimeZone;
import java.util.zip.CRC32C;

/**
 * {@code awsmfa list}'s output kept in the cache directory for as long as both AWS files stay
 * byte for byte the same: a file of thousands of profiles is then listed without being parsed.
 * The key names every input of the output but the time (see {@link Listing}): this build, the
 * Java runtime (its time-zone rules), the zone, the format, and each file's path and content.
 * Holds what {@code list} prints and nothing else: names, masked key ids, ARNs, regions, times.
 */
final class ListingCache {
    private final AwsFiles files;
    private final ResultCache cache;
    private final String slot;
    private final String inputs;
    private FileContent credentials;
    private FileContent config;

    ListingCache(AwsFiles files, Path cacheDirectory, String format, TimeZone zone) {
        this.files = files;
        this.cache = new ResultCache(cacheDirectory);
        // A slot per pair of files and format: switching between them does not evict the others.
        CRC32C paths = new CRC32C();
        paths.update((files.paths().credentialsFile() + "\n" + files.paths().configFile())
                .getBytes(StandardCharsets.UTF_8));
        this.slot = "list-" + format + "-" + Long.toHexString(paths.getValue());
        this.inputs = "build " + Build.id() + "\njava " + System.getProperty("java.version") + "\nzone " + zone.getID()
                + " " + zoneRules() + "\nformat " + format + "\n";
    }

    /**
     * The time-zone database's identity: some distributions update it (new offsets, new rules)
     * without a new Java version.
     */
    private static String zoneRules() {
        try {
            return Build.stamp(Path.of(System.getProperty("java.home"), "lib", "tzdb.dat"));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * The listing kept for both files as they are now, or {@code null}. Reads them through (and
     * refuses them as {@code list} would) but parses neither.
     */
    Listing find() {
        ResultCache.Payload kept = cache.open(slot, key(files.credentialsFingerprint(), files.configFingerprint()));
        if (kept == null) {
            return null;
        }
        try {
            return Listing.decode(kept, kept.remaining());
        } catch (IOException | RuntimeException e) {
            // Written by another version under the same key, or damaged: made again.
            closeQuietly(kept);
            return null;
        }
    }

    /** Reads and parses both files, to make the listing from. */
    ProfileCatalog read() {
        credentials = files.credentialsContent();
        config = files.configContent();
        return new ProfileCatalog(credentials.document(), config.document());
    }

    /** Keeps a listing made from what {@link #read} read: the files may have changed since {@link #find}. */
    void keep(Listing listing) {
        cache.put(slot, key(credentials.fingerprint(), config.fingerprint()), listing.encode());
    }

    private String key(String credentialsFingerprint, String configFingerprint) {
        return inputs + credentialsFingerprint + "\n" + configFingerprint + "\n";
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Only read from: nothing lost.
        }
    }
}
