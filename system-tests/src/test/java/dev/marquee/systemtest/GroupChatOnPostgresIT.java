package dev.marquee.systemtest;

/** The group chat contract on PostgreSQL. */
@Database(Database.Kind.POSTGRES)
class GroupChatOnPostgresIT extends GroupChatContract {
}
