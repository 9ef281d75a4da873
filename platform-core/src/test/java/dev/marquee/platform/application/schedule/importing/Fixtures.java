package dev.marquee.platform.application.schedule.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The schedule files under {@code src/test/resources/schedule}, written for these tests after the formats' documentation. */
final class Fixtures {

    static final ScheduleLimits LIMITS = new ScheduleLimits(1 << 20, 100);

    private Fixtures() {
    }

    static byte[] file(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/schedule/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static ParsedSchedule read(byte[] file) throws ScheduleParseException {
        return new ScheduleReader(LIMITS).read(file);
    }
}
