package dev.marquee.platform.interfaces.rest.viewing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttendanceCsvTest {

    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertThat(AttendanceCsv.cell("Main Stage")).isEqualTo("Main Stage");
        assertThat(AttendanceCsv.cell("Q&A, live")).isEqualTo("\"Q&A, live\"");
        assertThat(AttendanceCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AttendanceCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
