package dev.marquee.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Payara Micro option files Marquee is run with (a data grid of one on loopback, the post-boot
 * commands, the management listener): the repository's {@code payara/} folder when
 * {@code marquee.payara.dir} names it, else the copies this test kit carries, written once to a
 * temporary folder.
 */
final class PayaraOptions {

    private static final String PACKED = "/dev/marquee/testkit/payara/";
    private static Path extracted;

    private PayaraOptions() {
    }

    static Path file(String name) {
        String dir = System.getProperty("marquee.payara.dir");
        if (dir != null) {
            Path file = Path.of(dir).resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing (marquee.payara.dir)");
            }
            return file.toAbsolutePath();
        }
        return packed(name);
    }

    private static synchronized Path packed(String name) {
        try {
            if (extracted == null) {
                extracted = Files.createTempDirectory("marquee-payara-");
                extracted.toFile().deleteOnExit();
            }
            Path file = extracted.resolve(name);
            if (!Files.exists(file)) {
                try (InputStream in = PayaraOptions.class.getResourceAsStream(PACKED + name)) {
                    if (in == null) {
                        throw new IllegalStateException("The test kit carries no Payara option file " + name);
                    }
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                file.toFile().deleteOnExit();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
