package dev.marquee.platform.domain.model.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** A stored init segment of a recording ({@code {recording}/init-{version}.mp4}) and its codecs. */
@Entity
@Table(name = "recording_init")
@IdClass(RecordedInit.Key.class)
public class RecordedInit {

    /** Its identity: the recording and the init segment's version. */
    public record Key(Long recordingId, Integer version) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "recording_id")
    private Long recordingId;

    @Id
    @Column(name = "version")
    private Integer version;

    @Column(nullable = false, length = 200)
    private String codecs;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    protected RecordedInit() {
    }

    public RecordedInit(long recordingId, int version, String codecs, int width, int height) {
        this.recordingId = recordingId;
        this.version = version;
        this.codecs = codecs.length() > 200 ? codecs.substring(0, 200) : codecs;
        this.width = width;
        this.height = height;
    }

    public int version() {
        return version;
    }

    public String codecs() {
        return codecs;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
