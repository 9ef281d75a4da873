package dev.marquee.plugin.rtmp.abr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A process's CPU time as Linux counts it: {@code utime + stime} of {@code /proc/<pid>/stat} (fields 14 and
 * 15, counted after the parenthesised command name, which may itself hold spaces), in clock ticks of
 * {@value #TICKS_PER_SECOND} per second (USER_HZ, 100 on every Linux architecture Marquee runs on). Empty
 * where there is no {@code /proc} or the process is gone.
 */
public final class ProcCpu {

    static final int TICKS_PER_SECOND = 100;

    private ProcCpu() {
    }

    /** CPU milliseconds used so far by the process. */
    public static OptionalLong millis(long pid) {
        try {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** CPU milliseconds from the text of a {@code stat} file. */
    static OptionalLong parse(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return OptionalLong.empty();
        }
        String[] fields = stat.substring(close + 1).trim().split("\\s+");
        // fields[0] is field 3 (state): utime is field 14, stime field 15
        if (fields.length < 13) {
            return OptionalLong.empty();
        }
        try {
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return OptionalLong.of(ticks * 1000 / TICKS_PER_SECOND);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
