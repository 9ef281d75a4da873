package dev.marquee.systemtest;

/** The rtmp provider on PostgreSQL. */
@Database(Database.Kind.POSTGRES)
class RtmpOnPostgresIT extends RtmpContract {
}
