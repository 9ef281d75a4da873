-- Viewing sessions (who watched which stage, when, how) and the per-event concurrent-stream limit.

-- How many streams one person may play at once in the event; NULL for no limit.
ALTER TABLE event ADD COLUMN max_concurrent_streams INTEGER;

-- One playback: an HTTP-FLV response, an RTMP play, a run of HLS requests with one address, or an
-- iframe stage's heartbeats. Written in batches by the instance that served it (instance); ended_at is
-- NULL while it plays, last_seen_at says until when it was known to play (an instance that died leaves
-- its open rows ending there). subject is NULL for guests (anonymous viewers).
CREATE TABLE viewing (
    id                   VARCHAR(36)  NOT NULL PRIMARY KEY,
    event_id             BIGINT       NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    stage_id             BIGINT       NOT NULL,
    scheduled_session_id BIGINT,
    subject              VARCHAR(100),
    display_name         VARCHAR(200),
    protocol             VARCHAR(16)  NOT NULL,
    device               VARCHAR(40)  NOT NULL,
    instance             VARCHAR(64)  NOT NULL,
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at             TIMESTAMP WITH TIME ZONE,
    bytes                BIGINT       NOT NULL
);
CREATE INDEX ix_viewing_event ON viewing (event_id, started_at);
CREATE INDEX ix_viewing_subject ON viewing (event_id, subject);
