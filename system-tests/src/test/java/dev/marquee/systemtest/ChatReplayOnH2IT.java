package dev.marquee.systemtest;

/** The chat replay log contract on the embedded H2 database. */
@Database(Database.Kind.H2)
class ChatReplayOnH2IT extends ChatReplayContract {
}
