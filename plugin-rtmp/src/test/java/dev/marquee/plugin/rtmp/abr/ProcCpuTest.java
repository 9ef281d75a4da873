package dev.marquee.plugin.rtmp.abr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcCpuTest {

    @Test
    void readsUserAndSystemTicksAfterTheCommandName() {
        String stat = "4242 (ffmpeg (x) 1) S 1 4242 4242 0 -1 4194304 99 0 0 0 250 50 0 0 20 0 3 0 39043 3133440";
        assertThat(ProcCpu.parse(stat)).hasValue(3_000);
        assertThat(ProcCpu.parse("garbage")).isEmpty();
        assertThat(ProcCpu.parse("1 (x) S 1 2")).isEmpty();
    }

    @Test
    void measuresThisProcess() {
        long busyUntil = System.nanoTime() + 300_000_000L;
        long sum = 0;
        while (System.nanoTime() < busyUntil) {
            sum += System.nanoTime() % 7;
        }
        assertThat(sum).isNotNegative();
        assertThat(ProcCpu.millis(ProcessHandle.current().pid()).orElse(-1)).isPositive();
        assertThat(ProcCpu.millis(Long.MAX_VALUE)).isEmpty();
    }
}
