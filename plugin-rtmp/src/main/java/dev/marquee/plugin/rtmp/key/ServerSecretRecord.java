package dev.marquee.plugin.rtmp.key;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The generated server secret (a single row), used when none is configured. */
@Entity
@Table(name = "rtmp_server_secret")
public class ServerSecretRecord {

    static final int ONLY = 1;

    @Id
    private int id;

    private String secret;

    protected ServerSecretRecord() {
    }

    ServerSecretRecord(String secret) {
        this.id = ONLY;
        this.secret = secret;
    }

    String secret() {
        return secret;
    }
}
