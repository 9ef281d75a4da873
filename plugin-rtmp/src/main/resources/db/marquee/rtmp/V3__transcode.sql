-- Adaptive bitrate: an rtmp stage's transcoding ladder (at most one per stage) and whether it is on.
-- renditions holds name:height:videoKbps:audioKbps per rendition, comma-separated, checked again when read.
CREATE TABLE rtmp_transcode (
    stage_id    BIGINT       NOT NULL PRIMARY KEY,
    renditions  VARCHAR(512) NOT NULL,
    encoder     VARCHAR(32)  NOT NULL,
    preset      VARCHAR(16)  NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
