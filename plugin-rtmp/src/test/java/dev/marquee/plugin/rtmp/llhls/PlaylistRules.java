package dev.marquee.plugin.rtmp.llhls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a media playlist against the rules of RFC 8216bis and Apple's LL-HLS profile that hls.js's
 * low-latency mode and Safari rely on; fails with the rule's name.
 */
final class PlaylistRules {

    record Part(long msn, int index, double duration, boolean independent) {
    }

    final List<String> lines;
    final int targetDuration;
    final double partTarget;
    final double partHoldBack;
    final long mediaSequence;
    final List<Double> extinf = new ArrayList<>();
    final List<Instant> programDateTimes = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();
    final String preloadHint;

    private static final Pattern PART = Pattern.compile(
            "#EXT-X-PART:DURATION=([0-9.]+),URI=\"part-[0-9a-z]+-(\\d+)\\.(\\d+)\\.m4s\"(,INDEPENDENT=YES)?");

    PlaylistRules(String playlist) {
        lines = List.of(playlist.split("\n"));
        assertThat(lines.get(0)).isEqualTo("#EXTM3U");
        assertThat(playlist).as("EXT-X-VERSION 6: EXT-X-MAP outside I-frame playlists").contains("#EXT-X-VERSION:6\n");
        targetDuration = Integer.parseInt(value("#EXT-X-TARGETDURATION:"));
        partTarget = Double.parseDouble(value("#EXT-X-PART-INF:PART-TARGET="));
        String control = value("#EXT-X-SERVER-CONTROL:");
        assertThat(control).contains("CAN-BLOCK-RELOAD=YES");
        partHoldBack = Double.parseDouble(control.replaceAll(".*PART-HOLD-BACK=([0-9.]+).*", "$1"));
        mediaSequence = Long.parseLong(value("#EXT-X-MEDIA-SEQUENCE:"));
        String hint = null;
        for (String line : lines) {
            Matcher m = PART.matcher(line);
            if (m.matches()) {
                parts.add(new Part(Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)),
                        Double.parseDouble(m.group(1)), m.group(4) != null));
            } else if (line.startsWith("#EXTINF:")) {
                extinf.add(Double.parseDouble(line.substring(8, line.indexOf(','))));
            } else if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:")) {
                programDateTimes.add(Instant.parse(line.substring(25)));
            } else if (line.startsWith("#EXT-X-PRELOAD-HINT:")) {
                assertThat(hint).as("one preload hint").isNull();
                hint = line;
            }
        }
        preloadHint = hint;
    }

    private String value(String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .reduce((a, b) -> {
                    throw new AssertionError(prefix + " appears twice");
                }).orElseThrow(() -> new AssertionError("no " + prefix));
    }

    /** Every rule at once. */
    PlaylistRules check() {
        for (double d : extinf) {
            assertThat(Math.round(d)).as("EXTINF rounded <= TARGETDURATION").isLessThanOrEqualTo(targetDuration);
        }
        assertThat(partHoldBack).as("PART-HOLD-BACK >= 3 x PART-TARGET (Apple)").isGreaterThanOrEqualTo(3 * partTarget);
        for (Part part : parts) {
            assertThat(part.duration()).as("part duration <= PART-TARGET").isLessThanOrEqualTo(partTarget);
        }
        for (int i = 1; i < parts.size(); i++) {
            Part previous = parts.get(i - 1);
            Part part = parts.get(i);
            boolean next = part.msn() == previous.msn() && part.index() == previous.index() + 1
                    || part.msn() == previous.msn() + 1 && part.index() == 0;
            assertThat(next).as("parts are consecutive: %s after %s", part, previous).isTrue();
        }
        if (preloadHint != null && !parts.isEmpty()) {
            Part last = parts.get(parts.size() - 1);
            String sameSegment = "part-[0-9a-z]+-" + last.msn() + "\\." + (last.index() + 1) + "\\.m4s";
            String nextSegment = "part-[0-9a-z]+-" + (last.msn() + 1) + "\\.0\\.m4s";
            assertThat(preloadHint).as("the preload hint names the part after the last")
                    .matches("#EXT-X-PRELOAD-HINT:TYPE=PART,URI=\"(" + sameSegment + "|" + nextSegment + ")\"");
        }
        return this;
    }
}
