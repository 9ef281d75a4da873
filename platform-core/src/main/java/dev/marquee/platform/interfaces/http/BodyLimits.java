package dev.marquee.platform.interfaces.http;

import dev.marquee.platform.domain.model.branding.BrandingImageKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How large a request body may be: {@code marquee.http.max-body} for every request, and the larger
 * {@code marquee.http.max-upload} for a ticket file uploaded to {@code POST /api/v1/events/{id}/imports}
 * as {@code text/csv}; a branding image uploaded to {@code PUT /api/v1/events/{id}/branding/logo|header}
 * may be as large as the largest image kind allows (the kind's own limit is checked as it is read); a
 * schedule file sent to {@code POST /api/v1/events/{id}/schedule/import/preview|apply}, twice
 * {@code marquee.schedule.import.max-bytes}. Upload paths are matched on the raw address, exactly, so no
 * other address (one with {@code ;params}, a trailing slash or encoded characters) gets a larger limit.
 */
@ApplicationScoped
public class BodyLimits {

    static final Pattern UPLOAD_PATH = Pattern.compile("/api/v1/events/[0-9]+/imports");
    static final Pattern IMAGE_PATH = Pattern.compile("/api/v1/events/[0-9]+/branding/(logo|header)");
    static final Pattern SCHEDULE_IMPORT_PATH = Pattern.compile("/api/v1/events/[0-9]+/schedule/import/(preview|apply)");

    @Inject
    @ConfigProperty(name = "marquee.http.max-body", defaultValue = "1048576")
    long maxBody;

    @Inject
    @ConfigProperty(name = "marquee.http.max-upload", defaultValue = "67108864")
    long maxUpload;

    @Inject
    @ConfigProperty(name = "marquee.schedule.import.max-bytes", defaultValue = "8388608")
    long maxSchedule;

    public BodyLimits() {
    }

    BodyLimits(long maxBody, long maxUpload) {
        this(maxBody, maxUpload, maxBody);
    }

    BodyLimits(long maxBody, long maxUpload, long maxSchedule) {
        this.maxBody = maxBody;
        this.maxUpload = maxUpload;
        this.maxSchedule = maxSchedule;
    }

    /** The limit for a request, from its method, its path within the application and its content type. */
    public long limitFor(String method, String path, String contentType) {
        boolean csv = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv");
        if ("POST".equals(method) && csv && UPLOAD_PATH.matcher(path).matches()) {
            return Math.max(maxUpload, maxBody);
        }
        if ("PUT".equals(method) && IMAGE_PATH.matcher(path).matches()) {
            return Math.max(largestImage(), maxBody);
        }
        if ("POST".equals(method) && SCHEDULE_IMPORT_PATH.matcher(path).matches()) {
            // The file itself, or its text inside JSON (escaping may double it); the importer checks the file's size.
            return Math.max(maxBody, 2 * maxSchedule);
        }
        return maxBody;
    }

    private static long largestImage() {
        long largest = 0;
        for (BrandingImageKind kind : BrandingImageKind.values()) {
            largest = Math.max(largest, kind.maxBytes());
        }
        return largest;
    }

    /** "1 MiB", "64 MiB", "1500 bytes": a limit as people read it. */
    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return (bytes / (1024 * 1024)) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes / 1024) + " KiB";
        }
        return bytes + " bytes";
    }
}
