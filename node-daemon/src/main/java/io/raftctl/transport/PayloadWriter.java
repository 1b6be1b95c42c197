package io.raftctl.transport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Appends big-endian primitives and length-prefixed UTF-8 strings to a growable byte array. */
final class PayloadWriter {

    private byte[] bytes;
    private int size;

    PayloadWriter(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    PayloadWriter writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
        return this;
    }

    PayloadWriter writeBoolean(boolean b) {
        return writeByte(b ? 1 : 0);
    }

    PayloadWriter writeShort(int s) {
        ensure(2);
        bytes[size++] = (byte) (s >>> 8);
        bytes[size++] = (byte) s;
        return this;
    }

    PayloadWriter writeInt(int i) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) bytes[size++] = (byte) (i >>> shift);
        return this;
    }

    PayloadWriter writeLong(long l) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) bytes[size++] = (byte) (l >>> shift);
        return this;
    }

    PayloadWriter writeBytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    /** An int byte count followed by the UTF-8 bytes. */
    PayloadWriter writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        return writeBytes(utf8);
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        long needed = (long) size + more;
        if (needed > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("payload exceeds 2 GiB");
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * bytes.length)));
        }
    }
}
