-- A replay reads a stage's chat by time (room, sent_at between the replay's start and end); without this
-- index that read walks every message the room ever had.
CREATE INDEX ix_chat_message_room_sent ON chat_message (room, sent_at);
