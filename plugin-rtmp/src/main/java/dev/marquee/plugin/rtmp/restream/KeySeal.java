package dev.marquee.plugin.rtmp.restream;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals restream stream keys for the database: AES-256-GCM with a random 96-bit nonce, the stage id as
 * associated data (a sealed key moved to another stage does not open), stored as {@code v1.<base64>}.
 * Thread-safe.
 */
public final class KeySeal {

    private static final String VERSION = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param key 32 bytes, derived from a server secret */
    public KeySeal(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public String seal(long stageId, String streamKey) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context(stageId));
            byte[] sealed = cipher.doFinal(streamKey.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The stream key, or empty when the value was not sealed by this key for this stage. */
    public Optional<String> open(long stageId, String stored) {
        if (stored == null || !stored.startsWith(VERSION)) {
            return Optional.empty();
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            if (in.length < NONCE_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(in, NONCE_BYTES)));
            cipher.updateAAD(context(stageId));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] context(long stageId) {
        return ("marquee-restream-key\n" + stageId).getBytes(StandardCharsets.UTF_8);
    }
}
