package dev.marquee.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a server's thread dump ({@code jcmd Thread.print}) for the threads answering a health probe, and
 * says on one line where each one waits, so that a boot that never got ready names its cause in the
 * failure itself rather than only in a file left on the machine that ran it.
 */
final class ProbeThreads {

    private static final int FRAMES = 8;
    private static final int MOST = 3;

    private ProbeThreads() {
    }

    /** "thread: frame < frame < ..." for each thread (three at most) whose stack runs a health check; empty if none or unreadable. */
    static String summary(Path dump) {
        if (dump == null || !Files.isRegularFile(dump)) {
            return "";
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(dump);
        } catch (IOException e) {
            return "";
        }
        List<String> found = new ArrayList<>();
        List<String> stack = new ArrayList<>();
        String thread = null;
        for (String line : lines) {
            if (line.startsWith("\"")) {
                addIfProbe(found, thread, stack);
                thread = line.substring(1, Math.max(1, line.indexOf('"', 1)));
                stack = new ArrayList<>();
            } else if (line.trim().startsWith("at ") || line.trim().startsWith("- ")) {
                stack.add(line.trim());
            }
        }
        addIfProbe(found, thread, stack);
        return String.join(" | ", found);
    }

    /** Payara's MicroProfile Health servlet and service, or one of Marquee's checks. */
    private static boolean answersAProbe(String frame) {
        String f = frame.toLowerCase(Locale.ROOT);
        return f.contains("microprofile.healthcheck") || f.contains("dev.marquee.platform.infrastructure.health");
    }

    private static void addIfProbe(List<String> found, String thread, List<String> stack) {
        if (thread == null || found.size() == MOST || stack.stream().noneMatch(ProbeThreads::answersAProbe)) {
            return;
        }
        found.add(thread + ": " + String.join(" < ", stack.subList(0, Math.min(FRAMES, stack.size()))));
    }
}
