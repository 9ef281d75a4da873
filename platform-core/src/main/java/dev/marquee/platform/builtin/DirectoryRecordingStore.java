package dev.marquee.platform.builtin;

import dev.marquee.platform.spi.recording.RecordingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The built-in recording store: each object is a file under {@code marquee.recordings.dir} (default
 * {@code ./data/recordings}), its key the relative path. An object is written to a temporary file and
 * moved into place, so a reader or a crash never sees half of one. When several instances form a
 * cluster, give them one shared directory (or use the S3-compatible store): any instance serves any
 * replay.
 */
@ApplicationScoped
public class DirectoryRecordingStore implements RecordingStore {

    public static final String ID = "directory";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?");

    @Inject
    @ConfigProperty(name = "marquee.recordings.dir", defaultValue = "./data/recordings")
    String dir;

    public DirectoryRecordingStore() {
    }

    /** A store in {@code root} (tests). */
    public DirectoryRecordingStore(Path root) {
        this.dir = root.toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Directory (marquee.recordings.dir)";
    }

    @Override
    public void write(String key, List<byte[]> chunks) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            for (byte[] chunk : chunks) {
                out.write(chunk);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public InputStream read(String key) throws IOException {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(key);
        }
        return Files.newInputStream(file);
    }

    @Override
    public void deleteAll(String prefix) throws IOException {
        Path start = resolve(prefix);
        if (!Files.exists(start)) {
            return;
        }
        try (Stream<Path> files = Files.walk(start)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(path);
                } catch (DirectoryNotEmptyException e) {
                    // a write raced the delete: the next sweep takes it
                }
            }
        }
    }

    private Path resolve(String key) throws IOException {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new IOException("Not a recording key: " + key);
        }
        Path root = Path.of(dir).toAbsolutePath().normalize();
        Path resolved = root.resolve(key).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IOException("Not a recording key: " + key);
        }
        return resolved;
    }
}
