package dev.marquee.plugin.rtmp.restream;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.outbound.OutboundAddresses;
import dev.marquee.platform.spi.outbound.OutboundException;
import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.plugin.rtmp.key.ServerSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The restream targets of rtmp stages: validated when saved (the address's form, its host against the
 * outbound address rules, the key's form, at most {@code marquee.rtmp.restream.max-targets} per stage), the
 * key sealed with a key derived from the RTMP server secret. A stored key stays only while the address keeps
 * its scheme, host and port; to point a target at another server, its key is entered again (the mask
 * {@value SettingsSchema#MASK} never stands for it then).
 */
@ApplicationScoped
public class Restreams {

    private static final String SEAL_PURPOSE = "marquee-restream-key-seal";

    @Inject
    RestreamStore store;

    @Inject
    ServerSecret secret;

    @Inject
    OutboundAddresses addresses;

    @Inject
    RestreamConfig config;

    private final Clock clock = Clock.systemUTC();
    private volatile KeySeal seal;

    public List<RestreamTarget> ofStage(long stageId) {
        return store.ofStage(stageId).stream().map(this::target).toList();
    }

    public Optional<RestreamTarget> find(long id) {
        return store.find(id).map(this::target);
    }

    @Transactional
    public RestreamTarget add(long stageId, String url, String key, Boolean enabled) {
        List<SettingError> errors = new ArrayList<>();
        RestreamUrl parsed = checkUrl(url, errors);
        StreamKeyRules.problem(key).ifPresent(p -> errors.add(new SettingError("key", p)));
        if (!errors.isEmpty()) {
            throw Problem.invalidSettings("The restream target is not valid", errors);
        }
        if (store.countOfStage(stageId) >= config.maxTargets()) {
            throw Problem.conflict("A stage has at most " + config.maxTargets() + " restream targets");
        }
        RestreamRecord saved = store.add(new RestreamRecord(stageId, parsed.text(), seal().seal(stageId, key),
                enabled == null || enabled, clock.instant()));
        return target(saved);
    }

    /** Changes what is given (null leaves it); {@code key} may be the mask while the server stays the same. */
    @Transactional
    public RestreamTarget update(long id, String url, String key, Boolean enabled) {
        RestreamRecord record = store.find(id).orElseThrow(() -> Problem.notFound("Restream " + id));
        List<SettingError> errors = new ArrayList<>();
        RestreamUrl now = RestreamUrl.parse(record.url());
        RestreamUrl next = url == null ? now : checkUrl(url, errors);
        boolean keepKey = key == null || SettingsSchema.MASK.equals(key);
        if (keepKey && next != null && !sameServer(now, next)) {
            errors.add(new SettingError("key", "Enter the stream key again: the address points to another server"));
        } else if (!keepKey) {
            StreamKeyRules.problem(key).ifPresent(p -> errors.add(new SettingError("key", p)));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalidSettings("The restream target is not valid", errors);
        }
        String sealed = keepKey ? record.keySealed() : seal().seal(record.stageId(), key);
        record.change(next.text(), sealed, enabled == null ? record.enabled() : enabled);
        return target(store.save(record));
    }

    /** Deletes the target; the stage it belonged to, if it existed. */
    @Transactional
    public Optional<Long> delete(long id) {
        Optional<Long> stage = store.find(id).map(RestreamRecord::stageId);
        stage.ifPresent(s -> store.delete(id));
        return stage;
    }

    @Transactional
    public void deleteOfStage(long stageId) {
        store.deleteOfStage(stageId);
    }

    private RestreamUrl checkUrl(String url, List<SettingError> errors) {
        Optional<String> problem = RestreamUrl.problem(url);
        if (problem.isPresent()) {
            errors.add(new SettingError("url", problem.get()));
            return null;
        }
        RestreamUrl parsed = RestreamUrl.parse(url);
        try {
            addresses.check(parsed.host());
        } catch (OutboundException e) {
            errors.add(new SettingError("url", e.getMessage()));
        }
        return parsed;
    }

    private static boolean sameServer(RestreamUrl a, RestreamUrl b) {
        return a.tls() == b.tls() && a.host().equals(b.host()) && a.port() == b.port();
    }

    /** The stored target with its key opened (null when it no longer opens: the server secret changed). */
    private RestreamTarget target(RestreamRecord r) {
        String key = seal().open(r.stageId(), r.keySealed()).orElse(null);
        return new RestreamTarget(r.id(), r.stageId(), RestreamUrl.parse(r.url()), key, r.enabled());
    }

    private KeySeal seal() {
        KeySeal s = seal;
        if (s == null) {
            s = new KeySeal(Base64.getUrlDecoder().decode(secret.sign(SEAL_PURPOSE, "aes-256-gcm")));
            seal = s;
        }
        return s;
    }
}
