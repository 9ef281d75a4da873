package dev.marquee.platform.interfaces.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(1024, 64 * 1024);

    @Test
    void aCsvPostedToAnEventsImportsGetsTheUploadLimit() {
        assertThat(limits.limitFor("POST", "/api/v1/events/42/imports", "text/csv")).isEqualTo(64 * 1024);
        assertThat(limits.limitFor("POST", "/api/v1/events/42/imports", "Text/CSV; charset=UTF-8")).isEqualTo(64 * 1024);
    }

    @Test
    void everythingElseGetsTheBodyLimit() {
        assertThat(limits.limitFor("POST", "/api/v1/auth/access-code", "application/json")).isEqualTo(1024);
        assertThat(limits.limitFor("POST", "/api/v1/auth/access-code", "text/csv")).isEqualTo(1024);
        assertThat(limits.limitFor("POST", "/api/v1/events/42/imports", "application/json")).isEqualTo(1024);
        assertThat(limits.limitFor("PUT", "/api/v1/events/42/imports", "text/csv")).isEqualTo(1024);
        assertThat(limits.limitFor("POST", "/api/v1/events/42/imports", null)).isEqualTo(1024);
    }

    @Test
    void onlyTheExactRawUploadPathCounts() {
        assertThat(limits.limitFor("POST", "/api/v1/events/42/imports/", "text/csv")).isEqualTo(1024);
        assertThat(limits.limitFor("POST", "/api/v1/events/42/imports;x=1", "text/csv")).isEqualTo(1024);
        assertThat(limits.limitFor("POST", "/api/v1/events/42/%69mports", "text/csv")).isEqualTo(1024);
        assertThat(limits.limitFor("POST", "/api/v1/events/42/imports/../../auth/access-code", "text/csv")).isEqualTo(1024);
        assertThat(limits.limitFor("POST", "//api/v1/events/42/imports", "text/csv")).isEqualTo(1024);
    }

    @Test
    void aBrandingImagePutGetsTheLargestImageLimitAndNothingElseDoes() {
        assertThat(limits.limitFor("PUT", "/api/v1/events/42/branding/header", "image/png")).isEqualTo(3 * 1024 * 1024);
        assertThat(limits.limitFor("PUT", "/api/v1/events/42/branding/logo", null)).isEqualTo(3 * 1024 * 1024);
        assertThat(limits.limitFor("POST", "/api/v1/events/42/branding/logo", "image/png")).isEqualTo(1024);
        assertThat(limits.limitFor("PUT", "/api/v1/events/42/branding", "application/json")).isEqualTo(1024);
        assertThat(limits.limitFor("PUT", "/api/v1/events/42/branding/logo/", "image/png")).isEqualTo(1024);
    }

    @Test
    void aScheduleImportGetsTwiceTheScheduleFileLimitOnItsTwoPathsOnly() {
        BodyLimits withSchedule = new BodyLimits(1024, 64 * 1024, 8 * 1024);
        assertThat(withSchedule.limitFor("POST", "/api/v1/events/7/schedule/import/preview", "application/xml"))
                .isEqualTo(16 * 1024);
        assertThat(withSchedule.limitFor("POST", "/api/v1/events/7/schedule/import/apply", "application/json"))
                .isEqualTo(16 * 1024);
        assertThat(withSchedule.limitFor("POST", "/api/v1/events/7/schedule/import/feed", "application/json")).isEqualTo(1024);
        assertThat(withSchedule.limitFor("PUT", "/api/v1/events/7/schedule/import/apply", "application/json")).isEqualTo(1024);
        assertThat(withSchedule.limitFor("POST", "/api/v1/events/7/schedule/import/apply/", "application/json")).isEqualTo(1024);
    }

    @Test
    void anUploadLimitBelowTheBodyLimitIsRaisedToIt() {
        assertThat(new BodyLimits(4096, 10).limitFor("POST", "/api/v1/events/1/imports", "text/csv")).isEqualTo(4096);
    }

    @Test
    void limitsAreDescribedAsPeopleReadThem() {
        assertThat(BodyLimits.describe(1048576)).isEqualTo("1 MiB");
        assertThat(BodyLimits.describe(64 * 1048576L)).isEqualTo("64 MiB");
        assertThat(BodyLimits.describe(2048)).isEqualTo("2 KiB");
        assertThat(BodyLimits.describe(1500)).isEqualTo("1500 bytes");
    }
}
