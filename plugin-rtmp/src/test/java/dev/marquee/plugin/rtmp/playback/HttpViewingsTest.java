package dev.marquee.plugin.rtmp.playback;

import dev.marquee.platform.spi.audience.Admission;
import dev.marquee.platform.spi.audience.OpenStream;
import dev.marquee.platform.spi.audience.TooManyStreams;
import dev.marquee.platform.spi.audience.Viewing;
import dev.marquee.platform.spi.audience.ViewingRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class HttpViewingsTest {

    /** A ledger that admits up to two open viewings and remembers what it was asked. */
    private final List<ViewingRequest> requests = new ArrayList<>();
    private final List<String> open = new ArrayList<>();
    private final AtomicLong now = new AtomicLong(1_000);
    private final EndedAddresses ended = new EndedAddresses();
    private final HttpViewings viewings = new HttpViewings(request -> {
        requests.add(request);
        if (open.size() >= 2) {
            return Admission.refused(new TooManyStreams(2, List.of(new OpenStream("x", 1, "Main", "Firefox", Instant.EPOCH))));
        }
        String id = "v" + requests.size();
        open.add(id);
        return Admission.admitted(new Viewing() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void bytes(long count) {
            }

            @Override
            public void close() {
                open.remove(id);
            }
        });
    }, ended, 4_000, 100, now::get);

    @Test
    void aRunOfRequestsWithOneAddressIsOneViewingClosedAfterTheIdleGap() {
        HttpViewings.Outcome first = viewings.request(1, "t1", 5, "hls", "Firefox/1", 9_000_000);
        now.addAndGet(3_000);
        HttpViewings.Outcome second = viewings.request(1, "t1", 5, "hls", "Firefox/1", 9_000_000);
        assertThat(second.viewing()).isSameAs(first.viewing());
        assertThat(requests).hasSize(1);

        now.addAndGet(4_000);
        assertThat(viewings.closeIdle()).isZero();
        now.addAndGet(1);
        assertThat(viewings.closeIdle()).isEqualTo(1);
        assertThat(open).isEmpty();

        viewings.request(1, "t1", 5, "hls", "Firefox/1", 9_000_000);
        assertThat(requests).as("resuming opens a new viewing").hasSize(2);
    }

    @Test
    void aNewAddressPastTheLimitIsRefusedAndAnAddressEndedElsewhereStaysEnded() {
        viewings.request(1, "a", 5, "hls", null, 9_000_000);
        viewings.request(1, "b", 5, "hls", null, 9_000_000);
        HttpViewings.Outcome third = viewings.request(1, "c", 5, "hls", null, 9_000_000);
        assertThat(third.refused()).isNotNull();
        assertThat(third.refused().refusal().limit()).isEqualTo(2);

        requests.get(0).endRequested().run();
        assertThat(open).containsExactly("v2");
        assertThat(ended.ended(1, "a", now.get())).isTrue();
        assertThat(ended.ended(1, "a", 9_000_000)).as("until the address expires").isFalse();
    }
}
