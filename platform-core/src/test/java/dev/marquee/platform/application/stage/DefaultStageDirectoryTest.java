package dev.marquee.platform.application.stage;

import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import dev.marquee.platform.spi.media.StageRef;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultStageDirectoryTest {

    private final DefaultStageDirectory directory = new DefaultStageDirectory();

    DefaultStageDirectoryTest() {
        Event event = new Event("devdays", "Dev Days", null, ZoneId.of("UTC"), EventAccess.TICKETED, Instant.EPOCH);
        setId(Event.class, event, 3);
        Stage stage = new Stage(event, "main", "Main hall", 0, "twilio-video", Map.of("maxSpeakers", 4L), Instant.EPOCH);
        setId(Stage.class, stage, 12);
        directory.stages = new StageRepository() {
            @Override
            public Optional<Stage> find(long id) {
                return id == 12 ? Optional.of(stage) : Optional.empty();
            }

            @Override
            public List<Stage> ofEvent(long eventId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Stage> findBySlug(long eventId, String slug) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Stage add(Stage added) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void remove(Stage removed) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static void setId(Class<?> type, Object entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aStageIsTheRefProvidersGet() {
        StageRef stage = directory.find(12).orElseThrow();

        assertThat(stage.id()).isEqualTo(12);
        assertThat(stage.eventId()).isEqualTo(3);
        assertThat(stage.eventSlug()).isEqualTo("devdays");
        assertThat(stage.slug()).isEqualTo("main");
        assertThat(stage.name()).isEqualTo("Main hall");
        assertThat(stage.settings().integer("maxSpeakers")).contains(4L);
        assertThat(directory.find(13)).isEmpty();
    }

    @Test
    void aProviderFindsOnlyItsOwnStages() {
        assertThat(directory.findProvidedBy(12, "twilio-video")).map(StageRef::id).contains(12L);
        assertThat(directory.findProvidedBy(12, "rtmp")).isEmpty();
        assertThat(directory.findProvidedBy(13, "twilio-video")).isEmpty();
    }
}
