package dev.marquee.systemtest;

/** The chat contract on PostgreSQL. */
@Database(Database.Kind.POSTGRES)
class ChatOnPostgresIT extends ChatContract {
}
