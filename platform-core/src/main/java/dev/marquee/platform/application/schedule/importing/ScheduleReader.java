package dev.marquee.platform.application.schedule.importing;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a schedule file in either format, told apart by its first character ({@code <} is frab XML,
 * {@code {} is schedule JSON), within the limits: a larger file is refused before it is parsed.
 */
public final class ScheduleReader {

    private final ScheduleLimits limits;

    public ScheduleReader(ScheduleLimits limits) {
        this.limits = limits;
    }

    public ScheduleLimits limits() {
        return limits;
    }

    /** Reads the whole stream, at most {@code maxBytes} of it (more is refused). */
    public byte[] load(InputStream in) throws ScheduleParseException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new ScheduleParseException("The file could not be read to its end: " + e.getMessage(), e);
        }
    }

    public ParsedSchedule read(byte[] file) throws ScheduleParseException {
        if (file.length > limits.maxBytes()) {
            throw tooLarge();
        }
        int first = firstSignificant(file);
        if (first == '<') {
            return new FrabXmlReader(limits).read(file);
        }
        if (first == '{') {
            return new ScheduleJsonReader(limits).read(file);
        }
        throw new ScheduleParseException(first < 0 ? "The file is empty"
                : "The file is neither a frab schedule.xml nor a pretalx or frab schedule JSON");
    }

    private ScheduleParseException tooLarge() {
        return new ScheduleParseException("The file is larger than " + limits.maxBytes()
                + " bytes, more than Marquee imports at once");
    }

    /** The first byte that is not whitespace or a UTF-8 byte order mark, or -1. */
    private static int firstSignificant(byte[] file) {
        int i = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF ? 3 : 0;
        for (; i < file.length; i++) {
            if (!Character.isWhitespace(file[i])) {
                return file[i];
            }
        }
        return -1;
    }
}
