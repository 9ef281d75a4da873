package dev.marquee.plugin.rtmp.key;

import dev.marquee.platform.spi.security.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/**
 * Each rtmp stage's stream key: 256 bits derived from the server secret and a random nonce, so the
 * database holds only the nonce and the key's hash. Rotating draws a new nonce; the old key stops
 * working at once.
 */
@ApplicationScoped
public class StreamKeys {

    private static final String PURPOSE = "marquee-stream-key";

    @Inject
    StreamKeyStore store;

    @Inject
    ServerSecret secret;

    private final Clock clock = Clock.systemUTC();

    /** Gives the stage a key unless it has one. */
    public void issue(long stageId) {
        if (store.forStage(stageId).isEmpty()) {
            replace(stageId);
        }
    }

    /** A new key for the stage; the old one no longer works. */
    public String rotate(long stageId) {
        return replace(stageId);
    }

    public Optional<String> keyFor(long stageId) {
        return store.forStage(stageId).map(r -> derive(stageId, r.nonce()));
    }

    /** The stage whose current key this is. */
    public Optional<Long> stageFor(String streamKey) {
        if (streamKey == null || streamKey.isEmpty() || streamKey.length() > 200) {
            return Optional.empty();
        }
        return store.byHash(Tokens.hash(streamKey))
                .filter(r -> Tokens.same(derive(r.stageId(), r.nonce()), streamKey))
                .map(StreamKeyRecord::stageId);
    }

    public void remove(long stageId) {
        store.delete(stageId);
    }

    private String replace(long stageId) {
        String nonce = Tokens.newToken();
        String key = derive(stageId, nonce);
        StreamKeyRecord record = store.forStage(stageId).orElse(null);
        if (record == null) {
            store.save(new StreamKeyRecord(stageId, nonce, Tokens.hash(key), clock.instant()));
        } else {
            record.replace(nonce, Tokens.hash(key), clock.instant());
            store.save(record);
        }
        return key;
    }

    private String derive(long stageId, String nonce) {
        return secret.sign(PURPOSE, stageId + ":" + nonce);
    }
}
