package dev.marquee.platform.application.viewing;

import java.util.Locale;

/**
 * A short, human name for the device or player behind a User-Agent ("iPhone", "Firefox", "ffmpeg"),
 * what the concurrent-stream message lists. Devices before browsers: "Safari on iPhone" is an iPhone to
 * the person holding it.
 */
public final class DeviceNames {

    static final int MAX_LENGTH = 40;

    private DeviceNames() {
    }

    public static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "another device";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        if (ua.contains("iphone")) {
            return "iPhone";
        }
        if (ua.contains("ipad")) {
            return "iPad";
        }
        if (ua.contains("android")) {
            return ua.contains("mobile") ? "Android phone" : "Android tablet";
        }
        if (ua.contains("edg/") || ua.contains("edge/")) {
            return "Edge";
        }
        if (ua.contains("firefox/")) {
            return "Firefox";
        }
        if (ua.contains("opr/")) {
            return "Opera";
        }
        if (ua.contains("chrome/") || ua.contains("chromium/")) {
            return "Chrome";
        }
        if (ua.contains("safari/")) {
            return "Safari";
        }
        if (ua.startsWith("lavf") || ua.contains("ffmpeg")) {
            return "ffmpeg";
        }
        if (ua.contains("vlc")) {
            return "VLC";
        }
        String first = userAgent.strip().split("[/ ]", 2)[0];
        return first.length() > MAX_LENGTH ? first.substring(0, MAX_LENGTH) : first;
    }
}
