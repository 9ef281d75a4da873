package dev.marquee.systemtest;

/** The chat contract on the embedded H2 database. */
@Database(Database.Kind.H2)
class ChatOnH2IT extends ChatContract {
}
