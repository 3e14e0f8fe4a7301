package dev.awsmfa.exec;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** What a path names, as far as running it goes; {@link #SYSTEM} asks the file system, tests hand in a map. */
public interface FileKinds {
    enum Kind { MISSING, DIRECTORY, EXECUTABLE, NOT_EXECUTABLE }

    Kind of(String path);

    FileKinds SYSTEM = new FileKinds() {
        @Override
        public Kind of(String path) {
            Path file;
            try {
                file = Path.of(path);
            } catch (InvalidPathException e) {
                return Kind.MISSING;
            }
            if (Files.isDirectory(file)) {
                return Kind.DIRECTORY;
            }
            if (!Files.exists(file)) {
                return Kind.MISSING;
            }
            return Files.isExecutable(file) ? Kind.EXECUTABLE : Kind.NOT_EXECUTABLE;
        }
    };
}
