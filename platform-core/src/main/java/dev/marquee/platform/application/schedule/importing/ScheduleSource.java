package dev.marquee.platform.application.schedule.importing;

/** Where a schedule comes from: an uploaded file's bytes, or a URL to fetch. Exactly one is set. */
public record ScheduleSource(byte[] file, String url) {

    public static ScheduleSource upload(byte[] file) {
        return new ScheduleSource(file, null);
    }

    public static ScheduleSource at(String url) {
        return new ScheduleSource(null, url);
    }

    public boolean isUrl() {
        return url != null;
    }
}
