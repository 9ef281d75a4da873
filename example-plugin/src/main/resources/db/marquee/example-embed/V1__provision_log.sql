-- The example plugin's own table, migrated by Marquee at start with its own history table.
CREATE TABLE example_embed_provision (
    stage_id       BIGINT PRIMARY KEY,
    provisioned_at TIMESTAMP WITH TIME ZONE NOT NULL
);
