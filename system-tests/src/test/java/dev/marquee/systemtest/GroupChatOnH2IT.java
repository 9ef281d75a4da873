package dev.marquee.systemtest;

/** The group chat contract on the embedded H2 database. */
@Database(Database.Kind.H2)
class GroupChatOnH2IT extends GroupChatContract {
}
