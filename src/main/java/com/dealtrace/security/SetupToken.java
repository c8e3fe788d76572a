package com.dealtrace.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * The one-time token that opens the setup page of an instance that started without any admin: 32 random bytes
 * (256 bits, so it cannot be guessed), written to that instance's log once. Only its SHA-256 hash is kept, compared
 * in constant time; the first admin made with it spends it, and a new one exists only after a restart without an
 * admin.
 */
@Component
class SetupToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private byte[] hash;

    /** A new token, replacing any earlier one; returned this once, to be logged. */
    synchronized String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        hash = sha256(token);
        return token;
    }

    synchronized boolean isIssued() {
        return hash != null;
    }

    synchronized boolean matches(String candidate) {
        return hash != null && candidate != null && MessageDigest.isEqual(hash, sha256(candidate.trim()));
    }

    /** Forgets the token: it opens nothing any more. */
    synchronized void spend() {
        hash = null;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
