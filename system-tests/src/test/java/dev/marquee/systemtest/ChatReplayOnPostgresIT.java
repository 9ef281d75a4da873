package dev.marquee.systemtest;

/** The chat replay log contract on PostgreSQL (with the chat's migrations run there). */
@Database(Database.Kind.POSTGRES)
class ChatReplayOnPostgresIT extends ChatReplayContract {
}
