package dev.marquee.platform.application.viewing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The audience of a scope (the event, a stage, a scheduled session): distinct signed-in people,
 * anonymous (guest) viewings, the most viewings open at once, and the average minutes watched per
 * viewer (a person's overlapping streams count once; each anonymous viewing is a viewer).
 */
public record AttendanceFigures(int uniqueViewers, int anonymousViewers, int peakConcurrent, BigDecimal averageMinutes) {

    static final AttendanceFigures NONE = new AttendanceFigures(0, 0, 0, BigDecimal.ZERO.setScale(2));

    static BigDecimal minutes(long totalMillis, int viewers) {
        if (viewers == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(totalMillis).divide(BigDecimal.valueOf(60_000L * viewers), 2, RoundingMode.HALF_UP);
    }
}
