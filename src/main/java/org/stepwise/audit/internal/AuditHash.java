package org.stepwise.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The hash that chains audit rows: SHA-256 over the previous row's hash and every field of this row, each field written
 * with its length so that no two different rows can serialise alike.
 */
public final class AuditHash {

    public static final byte[] GENESIS = new byte[32];

    private AuditHash() {}

    public static byte[] of(long seq, Instant occurredAt, String username, String role, @Nullable String clientId,
            String action, String subject, @Nullable String detail, @Nullable String remoteAddress, byte[] prevHash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(prevHash);
            out.writeLong(seq);
            out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt));
            writeField(out, username);
            writeField(out, role);
            writeField(out, clientId);
            writeField(out, action);
            writeField(out, subject);
            writeField(out, detail);
            writeField(out, remoteAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256(bytes.toByteArray());
    }

    private static void writeField(DataOutputStream out, @Nullable String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
