package dev.awsmfa.keys;

import dev.awsmfa.Env;
import dev.awsmfa.mfa.SystemProgramRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * A store's tool faked by a bash script (from {@code src/test/resources/fake-store-tools}) in a directory of its
 * own, keeping its entries as files and logging every argv and stdin it got; run for real by
 * {@link SystemProgramRunner}, so the stdin plumbing is under test too.
 */
final class FakeStoreTool {
    final Path bin;
    final Path store;

    private FakeStoreTool(Path bin, Path store) {
        this.bin = bin;
        this.store = store;
    }

    /** The fake {@code name} in {@code root}/bin, its entries in {@code root}/store. */
    static FakeStoreTool install(Path root, String name) throws IOException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path store = Files.createDirectories(root.resolve("store"));
        String script;
        try (InputStream in = FakeStoreTool.class.getResourceAsStream("/fake-store-tools/" + name)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path tool = bin.resolve(name);
        Files.writeString(tool, script.replace("STORE_DIR", store.toString()));
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        return new FakeStoreTool(bin, store);
    }

    /** A context whose PATH is the fake's directory and nothing else. */
    StoreContext context() {
        return contextWithPath(bin.toString());
    }

    static StoreContext contextWithPath(String path) {
        return new StoreContext(Env.of(Map.of("PATH", path)), new SystemProgramRunner(), null,
                Path.of("credentials"));
    }

    /** Every argv the fake got, one run a line. */
    String argvLog() {
        return read("argv.log");
    }

    /** Everything the fake read on stdin. */
    String stdinLog() {
        return read("stdin.log");
    }

    /** From now on the fake fails with {@code stderr} and status 1. */
    void failWith(String stderr) throws IOException {
        Files.writeString(store.resolve("fail"), stderr);
    }

    /** Turns on one of the fake's switches, a file of that name in its store. */
    void turnOn(String flag) throws IOException {
        Files.writeString(store.resolve(flag), "");
    }

    private String read(String log) {
        try {
            Path file = store.resolve(log);
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
