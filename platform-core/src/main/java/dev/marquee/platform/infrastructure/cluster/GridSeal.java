package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.infrastructure.security.PlatformSecret;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What makes the grid Marquee's own, whoever else reaches it: every value and message is sealed with
 * AES-256-GCM under a key derived from the platform secret (so a member or client without it can
 * neither read one nor forge one that any instance acts on), every key is a keyed hash of the real
 * key (so the grid's key names tell nothing either), and every structure name carries a namespace
 * derived from the secret (so two deployments that share a network never share a map or a topic).
 * The associated data of a seal is the structure and key it belongs to, so a sealed value cannot be
 * moved to another key. Thread-safe.
 */
public final class GridSeal {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_CHARS = 22;

    private final SecretKeySpec sealKey;
    private final byte[] nameKey;
    private final String namespace;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(GridSeal::newCipher);

    private GridSeal(byte[] secret) {
        this.sealKey = new SecretKeySpec(PlatformSecret.hmac(secret, "seal"), "AES");
        this.nameKey = PlatformSecret.hmac(secret, "keys");
        this.namespace = HexFormat.of().formatHex(PlatformSecret.hmac(secret, "namespace"), 0, 5);
    }

    /** A seal for the grid of a deployment whose grid secret is {@code secret} (256 bits or more). */
    public static GridSeal of(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("A grid secret has at least 256 bits");
        }
        return new GridSeal(secret.clone());
    }

    /** The grid name of a structure, e.g. {@code chat.signals} → {@code marquee.3fa1b2c4d5.chat.signals}. */
    public String name(String structure) {
        return "marquee." + namespace + "." + structure;
    }

    /** The grid key for {@code key} in the structure {@code name}: a keyed hash, the same on every instance. */
    public String key(String name, String key) {
        byte[] mac = PlatformSecret.hmac(nameKey, name + '\n' + key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac).substring(0, KEY_CHARS);
    }

    /** {@code plaintext} sealed for the place {@code context} names (a structure, or a structure and key). */
    public byte[] seal(String context, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[1 + NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
            out[0] = VERSION;
            System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
            cipher.doFinal(plaintext, 0, plaintext.length, out, 1 + NONCE_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The plaintext of a value sealed for {@code context}, or null when it was not (forged, moved, damaged). */
    public byte[] open(String context, byte[] sealed) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            return null;
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, sealKey,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The 12 bytes that make a sealed value unique (its nonce), for telling repeats apart. */
    static String nonceOf(byte[] sealed) {
        return Base64.getEncoder().encodeToString(Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES));
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }
}
