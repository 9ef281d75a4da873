package dev.marquee.platform.application.webhook;

/**
 * How one attempt went: the status code the endpoint answered (null when none came), and what went
 * wrong in words (null when it was delivered). Never quotes what the endpoint sent back.
 */
public record AttemptOutcome(Integer statusCode, String error) {

    public boolean delivered() {
        return error == null && statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    public static AttemptOutcome answered(int statusCode) {
        boolean ok = statusCode >= 200 && statusCode < 300;
        return new AttemptOutcome(statusCode, ok ? null : "the endpoint answered HTTP " + statusCode);
    }

    public static AttemptOutcome unanswered(String error) {
        return new AttemptOutcome(null, error);
    }
}
