package dev.marquee.plugin.rtmp.abr;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CpuEstimateTest {

    @Test
    void readsFfmpegsBenchmarkLine() throws Exception {
        assertThat(CpuEstimate.parse("frame=  60 fps=0.0\nbench: utime=0.703s stime=0.045s rtime=0.543s\nbench: maxrss=1kB"))
                .isEqualTo(0.748, org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> CpuEstimate.parse("no numbers")).isInstanceOf(IOException.class);
    }

    @Test
    void measuresALadderWithTheRealFfmpeg() throws Exception {
        Ladder ladder = Ladder.parse(List.of(new Ladder.Input("720p", 720, 2500, 128),
                new Ladder.Input("180p", 180, 300, 64)), null, "ultrafast", 4);
        CpuEstimate.Estimate estimate = new CpuEstimate("ffmpeg").estimate(ladder);
        assertThat(estimate.renditions()).extracting(CpuEstimate.Cost::rendition).containsExactly("720p", "180p");
        assertThat(estimate.decodePercent()).isPositive();
        double high = estimate.renditions().get(0).cpuPercent();
        double low = estimate.renditions().get(1).cpuPercent();
        assertThat(high).as("720p costs more than 180p").isGreaterThan(low);
        assertThat(estimate.totalPercent()).isGreaterThanOrEqualTo(estimate.decodePercent() + high);
    }

    @Test
    void aMissingProgramIsAnError() {
        assertThatThrownBy(() -> new CpuEstimate("/nonexistent/ffmpeg").estimate(Ladder.parse(
                List.of(new Ladder.Input("180p", 180, 300, 64)), null, null, 4))).isInstanceOf(IOException.class);
    }
}
