package dev.marquee.plugin.vimeo;

import dev.marquee.platform.spi.auth.Role;
import dev.marquee.platform.spi.media.Playback;
import dev.marquee.platform.spi.media.StageRef;
import dev.marquee.platform.spi.media.Viewer;
import dev.marquee.platform.spi.settings.Settings;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class VimeoMediaProviderTest {

    private static final Viewer VIEWER = new Viewer("attendee:1", "Ada", java.util.Set.of(Role.VIEWER));
    private static final VimeoOEmbed DESCRIBED = new VimeoOEmbed("The New Vimeo Player",
            "https://i.vimeocdn.com/video/452001751_295x166", "Vimeo Staff");

    private final List<VimeoSource> asked = new ArrayList<>();
    private CompletableFuture<Optional<VimeoOEmbed>> answer = CompletableFuture.completedFuture(Optional.of(DESCRIBED));
    private final VimeoMediaProvider provider = new VimeoMediaProvider(new VimeoOEmbedCache(source -> {
        asked.add(source);
        return answer;
    }, Clock.systemUTC(), Duration.ofHours(1), Duration.ofMinutes(1), 10));

    @Test
    void playsVimeosPlayerAtAnAddressMarqueeBuilds() {
        StageRef stage = stage(Map.of("source", "<iframe src=\"https://player.vimeo.com/video/76979871?h=8272103f6e"
                + "&amp;app_id=58479&amp;autoplay=1\"></iframe>", "live", false, "autoplay", false));
        provider.provision(stage);
        Playback playback = provider.playback(stage, VIEWER);
        assertThat(playback.live()).isFalse();
        assertThat(playback.sources()).hasSize(1);
        assertThat(playback.sources().get(0).toJson()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "type", "iframe",
                "url", "https://player.vimeo.com/video/76979871?h=8272103f6e",
                "title", "The New Vimeo Player",
                "thumbnail", "https://i.vimeocdn.com/video/452001751_295x166"));
        assertThat(asked).containsExactly(VimeoSource.video("76979871", "8272103f6e"));
    }

    @Test
    void aLiveEventWithAutoplayStartsMutedAndIsLiveWhenTheOrganizerSaysSo() {
        StageRef stage = stage(Map.of("source", "https://vimeo.com/event/4867722", "live", true, "autoplay", true));
        Playback playback = provider.playback(stage, VIEWER);
        assertThat(playback.live()).isTrue();
        assertThat(provider.isLive(stage)).isTrue();
        assertThat(playback.sources().get(0).attributes())
                .containsEntry("url", "https://vimeo.com/event/4867722/embed?autoplay=1&muted=1");
    }

    @Test
    void playsWithoutTitleWhileVimeoHasNotAnswered() {
        answer = new CompletableFuture<>();
        StageRef stage = stage(Map.of("source", "https://vimeo.com/76979871"));
        assertThat(provider.playback(stage, VIEWER).sources().get(0).toJson())
                .containsOnlyKeys("type", "url").containsEntry("url", "https://player.vimeo.com/video/76979871");
        answer.complete(Optional.of(DESCRIBED));
        assertThat(provider.playback(stage, VIEWER).sources().get(0).attributes()).containsKeys("title", "thumbnail");
        assertThat(asked).hasSize(1);
    }

    @Test
    void organizersSeeWhatMarqueeUnderstood() {
        StageRef stage = stage(Map.of("source", "https://vimeo.com/event/4867722/embed"));
        provider.provision(stage);
        assertThat(provider.organizerDetails(stage)).isEqualTo(Map.of("vimeo",
                Map.of("kind", "live event", "id", "4867722", "title", "The New Vimeo Player")));
    }

    @Test
    void aStoredSourceThatIsNoLongerAcceptedPlaysNothingInsteadOfFailing() {
        StageRef stage = stage(Map.of("source", "<script>alert(1)</script>"));
        assertThat(provider.playback(stage, VIEWER).sources()).isEmpty();
        assertThat(provider.organizerDetails(stage)).isEmpty();
        provider.provision(stage);
        provider.deprovision(stage);
    }

    @Test
    void identifiesItself() {
        assertThat(provider.id()).isEqualTo("vimeo");
        assertThat(provider.displayName()).isEqualTo("Vimeo");
    }

    private static StageRef stage(Map<String, Object> settings) {
        return new StageRef(7, 1, "hackconf", "main", "Main stage", Settings.of(settings));
    }
}
