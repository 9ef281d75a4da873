package dev.marquee.platform.application.startup;

import java.util.ArrayList;
import java.util.List;

/**
 * The first-start message with the one-time setup link, framed so that it stands out among the
 * server's own start-up lines (a box of its own lines, nothing else on them, so a terminal or a log
 * viewer shows it whole).
 */
final class SetupNotice {

    private SetupNotice() {
    }

    /** The framed message for the link, with a first line saying whether it repeats an earlier one. */
    static String framed(String link, boolean repeated) {
        List<String> lines = new ArrayList<>();
        lines.add(repeated ? "Marquee is ready, and still has no organizer." : "Marquee has no organizer yet.");
        lines.add("");
        lines.add("Create the first organizer account by opening this link:");
        lines.add("");
        lines.add("    " + link);
        lines.add("");
        lines.add("It works once and is replaced at the next start.");
        lines.add("Or set marquee.admin.email and marquee.admin.password (docs/operations.md).");
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        String rule = "=".repeat(width + 4);
        StringBuilder box = new StringBuilder(System.lineSeparator()).append(rule).append(System.lineSeparator());
        for (String line : lines) {
            box.append("| ").append(line).append(" ".repeat(width - line.length())).append(" |")
                    .append(System.lineSeparator());
        }
        return box.append(rule).toString();
    }
}
