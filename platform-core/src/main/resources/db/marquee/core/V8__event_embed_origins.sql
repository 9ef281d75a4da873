-- The origins allowed to embed an event's player page (/embed/{event}/{stage}) in a frame: written into
-- that page's Content-Security-Policy frame-ancestors. Space-separated normalized origins
-- (https://host[:port], at most 20); NULL when none are set (the page may then be framed only by Marquee).

ALTER TABLE event ADD COLUMN embed_origins VARCHAR(6000);
