package dev.marquee.systemtest;

/** The rtmp provider on the embedded H2 database. */
@Database(Database.Kind.H2)
class RtmpOnH2IT extends RtmpContract {
}
