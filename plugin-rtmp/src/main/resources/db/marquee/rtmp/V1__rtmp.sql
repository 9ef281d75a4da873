-- The RTMP plugin's tables.

-- One stream key per rtmp stage. The key itself is never stored: it is derived from the server
-- secret and the nonce (so organizers can be shown it again), and looked up by its SHA-256.
CREATE TABLE rtmp_stream_key (
    stage_id   BIGINT      NOT NULL PRIMARY KEY,
    nonce      VARCHAR(64) NOT NULL,
    key_hash   VARCHAR(64) NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_rtmp_stream_key_hash UNIQUE (key_hash)
);

-- The server secret generated at first start when marquee.rtmp.secret is not configured.
CREATE TABLE rtmp_server_secret (
    id     INTEGER      NOT NULL PRIMARY KEY,
    secret VARCHAR(128) NOT NULL
);
