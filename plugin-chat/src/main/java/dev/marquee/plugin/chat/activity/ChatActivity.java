package dev.marquee.plugin.chat.activity;

import dev.marquee.platform.spi.audience.AudienceActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;

/** Counts a stage's chat messages (not deleted ones) for attendance: {@code chatMessages}. */
@ApplicationScoped
public class ChatActivity implements AudienceActivity {

    static final String KIND = "chatMessages";

    @PersistenceContext(unitName = "marquee")
    EntityManager em;

    @Override
    @Transactional
    public Map<String, Long> activity(long stageId, Instant from, Instant to) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM chat_message WHERE room = ?1 "
                        + "AND sent_at >= ?2 AND sent_at < ?3 AND deleted = FALSE")
                .setParameter(1, "stage:" + stageId).setParameter(2, from).setParameter(3, to).getSingleResult();
        return Map.of(KIND, count.longValue());
    }
}
