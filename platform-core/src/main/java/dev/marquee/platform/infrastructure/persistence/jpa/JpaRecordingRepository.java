package dev.marquee.platform.infrastructure.persistence.jpa;

import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.recording.RecordedInit;
import dev.marquee.platform.domain.model.recording.RecordedSegment;
import dev.marquee.platform.domain.model.recording.Recording;
import dev.marquee.platform.domain.model.recording.RecordingRepository;
import dev.marquee.platform.domain.model.recording.RecordingStatus;
import dev.marquee.platform.domain.model.recording.SegmentEntry;
import dev.marquee.platform.domain.model.recording.SessionReplay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaRecordingRepository implements RecordingRepository {

    @PersistenceContext(unitName = "marquee")
    private EntityManager em;

    @Override
    public Recording add(Recording recording) {
        em.persist(recording);
        return recording;
    }

    @Override
    public Optional<Recording> find(long id) {
        return Optional.ofNullable(em.find(Recording.class, id));
    }

    @Override
    public List<Recording> ofStage(long stageId) {
        return em.createQuery("select r from Recording r where r.stageId = :stage order by r.startedAt desc, r.id desc",
                Recording.class).setParameter("stage", stageId).getResultList();
    }

    @Override
    public List<Recording> overlapping(long stageId, Instant from, Instant to) {
        // A recording still being written has no end yet: its last segment's end is its updated time.
        return em.createQuery("select r from Recording r where r.stageId = :stage and r.startedAt < :to "
                        + "and coalesce(r.endedAt, r.updatedAt) > :from and r.segments > 0 order by r.startedAt, r.id",
                Recording.class).setParameter("stage", stageId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public Set<Long> stagesRecordedSince(Instant since) {
        return new HashSet<>(em.createQuery("select distinct r.stageId from Recording r where r.stageId is not null "
                + "and r.segments > 0 and coalesce(r.endedAt, r.updatedAt) >= :since", Long.class)
                .setParameter("since", since).getResultList());
    }

    @Override
    public Set<Long> recordedStagesOf(long eventId) {
        return new HashSet<>(em.createQuery("select distinct r.stageId from Recording r where r.eventId = :event "
                + "and r.stageId is not null and r.segments > 0", Long.class).setParameter("event", eventId).getResultList());
    }

    @Override
    public List<Recording> silentSince(Instant before) {
        return em.createQuery("select r from Recording r where r.status = :recording and r.updatedAt < :before",
                Recording.class).setParameter("recording", RecordingStatus.RECORDING).setParameter("before", before)
                .getResultList();
    }

    @Override
    public List<Recording> orphaned() {
        return em.createQuery("select r from Recording r where r.stageId is null or r.eventId is null", Recording.class)
                .setMaxResults(100).getResultList();
    }

    @Override
    public List<Recording> pastRetention(Instant now) {
        List<Recording> expired = new ArrayList<>();
        List<Event> keeping = em.createQuery("select e from Event e where e.recordingRetentionDays is not null", Event.class)
                .getResultList();
        for (Event event : keeping) {
            Instant cutoff = now.minus(Duration.ofDays(event.recordingRetentionDays()));
            expired.addAll(em.createQuery("select r from Recording r where r.eventId = :event and r.startedAt < :cutoff "
                            + "and r.status <> :recording", Recording.class)
                    .setParameter("event", event.id()).setParameter("cutoff", cutoff)
                    .setParameter("recording", RecordingStatus.RECORDING).setMaxResults(100).getResultList());
        }
        return expired;
    }

    @Override
    public long totalBytes() {
        Long total = em.createQuery("select sum(r.sizeBytes) from Recording r", Long.class).getSingleResult();
        return total == null ? 0 : total;
    }

    @Override
    public void addInit(RecordedInit init) {
        em.persist(init);
    }

    @Override
    public List<RecordedInit> inits(long recordingId) {
        return em.createQuery("select i from RecordedInit i where i.recordingId = :rec order by i.version", RecordedInit.class)
                .setParameter("rec", recordingId).getResultList();
    }

    @Override
    public void addSegment(RecordedSegment segment) {
        em.persist(segment);
    }

    @Override
    public List<SegmentEntry> segments(long recordingId, long fromMillis, long toMillis) {
        // Segments are at most a few seconds long: the start bound lets the index skip what ends before.
        List<Object[]> rows = em.createQuery("select s.sequence, s.wallClockMillis, s.durationMicros, s.sizeBytes, "
                        + "s.discontinuity, s.initVersion from RecordedSegment s where s.recordingId = :rec "
                        + "and s.wallClockMillis < :to and s.wallClockMillis > :earliest order by s.sequence", Object[].class)
                .setParameter("rec", recordingId).setParameter("to", toMillis)
                .setParameter("earliest", fromMillis - MAX_SEGMENT_MILLIS).getResultList();
        List<SegmentEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            SegmentEntry entry = new SegmentEntry((Long) row[0], (Long) row[1], (Long) row[2], (Integer) row[3],
                    (Boolean) row[4], (Integer) row[5]);
            if (entry.endMillis() > fromMillis) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** Longer than any segment the packager makes (it cuts at the first keyframe after its target). */
    private static final long MAX_SEGMENT_MILLIS = 60_000;

    @Override
    public boolean hasSegment(long recordingId, long sequence) {
        return em.find(RecordedSegment.class, new RecordedSegment.Key(recordingId, sequence)) != null;
    }

    @Override
    public void remove(Recording recording) {
        em.createQuery("delete from RecordedSegment s where s.recordingId = :rec").setParameter("rec", recording.id())
                .executeUpdate();
        em.createQuery("delete from RecordedInit i where i.recordingId = :rec").setParameter("rec", recording.id())
                .executeUpdate();
        em.remove(em.contains(recording) ? recording : em.merge(recording));
    }

    @Override
    public Optional<SessionReplay> cut(long sessionId) {
        return Optional.ofNullable(em.find(SessionReplay.class, sessionId));
    }

    @Override
    public SessionReplay addCut(SessionReplay cut) {
        em.persist(cut);
        return cut;
    }
}
