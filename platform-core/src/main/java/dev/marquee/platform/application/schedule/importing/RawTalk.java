package dev.marquee.platform.application.schedule.importing;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of one talk as both formats name them, collected by a reader and turned into an {@link
 * ImportedTalk}: the start is the talk's {@code date} (ISO-8601 with an offset), or else its day's date
 * and {@code start} in the file's time zone; the end adds {@code duration} ({@code HH:MM} or {@code
 * HH:MM:SS}). Texts are trimmed and cut to what a session holds.
 */
final class RawTalk {

    static final int MAX_TITLE = 200;
    static final int MAX_ABSTRACT = 4000;
    static final int MAX_SPEAKER = 100;
    static final int MAX_SPEAKERS = 20;
    static final int SPEAKERS_COLUMN = 2000;
    static final int MAX_EXTERNAL_ID = 200;
    static final int MAX_ROOM = 200;

    private static final Pattern DURATION = Pattern.compile("(\\d{1,3}):(\\d{2})(?::(\\d{2}))?");
    private static final Duration LONGEST = Duration.ofDays(7);

    String guid;
    String id;
    String date;
    String start;
    String duration;
    String title;
    String abstractText;
    String description;
    String room;
    final List<String> speakers = new ArrayList<>();

    /** The talk, or an {@link IllegalArgumentException} saying what is wrong with it. */
    ImportedTalk toTalk(String dayDate, ZoneId fileZone) {
        String externalId = externalId();
        if (externalId == null) {
            throw new IllegalArgumentException("it has neither a guid nor an id");
        }
        String name = cut(title, MAX_TITLE);
        if (name == null) {
            throw new IllegalArgumentException("it has no title");
        }
        String roomName = cut(room, MAX_ROOM);
        if (roomName == null) {
            throw new IllegalArgumentException("it names no room");
        }
        Instant startsAt = startsAt(dayDate, fileZone);
        Duration length = duration();
        String text = cut(abstractText != null && !abstractText.isBlank() ? abstractText : description, MAX_ABSTRACT);
        List<String> names = speakerNames();
        return new ImportedTalk(externalId, name, startsAt, startsAt.plus(length), roomName, names, text);
    }

    /**
     * The speakers' names, cut and without repeats, as many as a session's speaker column surely holds
     * (at most {@value #MAX_SPEAKERS}, and their JSON within {@value #SPEAKERS_COLUMN} characters even
     * if every character needed escaping).
     */
    private List<String> speakerNames() {
        List<String> names = new ArrayList<>();
        int room = SPEAKERS_COLUMN - 2;
        for (String name : speakers.stream().map(s -> cut(s, MAX_SPEAKER)).filter(s -> s != null).distinct().toList()) {
            room -= 2 * name.length() + 3;
            if (room < 0 || names.size() == MAX_SPEAKERS) {
                break;
            }
            names.add(name);
        }
        return names;
    }

    /** The guid, else {@code id:} and the numeric id; null when there is neither. */
    String externalId() {
        String value = cut(guid, MAX_EXTERNAL_ID);
        String number = cut(id, MAX_EXTERNAL_ID - 3);
        return value != null || number == null ? value : "id:" + number;
    }

    private Instant startsAt(String dayDate, ZoneId fileZone) {
        if (date != null && !date.isBlank()) {
            try {
                return OffsetDateTime.parse(date.trim()).toInstant();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("its date is not an ISO-8601 date-time with an offset");
            }
        }
        if (dayDate == null || start == null || start.isBlank()) {
            throw new IllegalArgumentException("it has no date, nor a day and start time");
        }
        if (fileZone == null) {
            throw new IllegalArgumentException("it has no date with an offset, and the file names no time zone");
        }
        try {
            return LocalDate.parse(dayDate.trim()).atTime(LocalTime.parse(start.trim())).atZone(fileZone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("its day's date or its start time cannot be read");
        }
    }

    private Duration duration() {
        Matcher m = duration == null ? null : DURATION.matcher(duration.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("its duration is missing or not HH:MM");
        }
        Duration length = Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)))
                .plusSeconds(m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
        if (length.isZero() || length.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("its duration must be more than zero and at most 7 days");
        }
        return length;
    }

    /** Trimmed, whitespace runs made one space for one-line fields, cut to {@code max}; null when blank. */
    static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (max <= MAX_ROOM) {
            trimmed = trimmed.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "");
        }
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max - 1).stripTrailing() + "…";
    }
}
