package io.raftctl.transport;

import io.raftctl.raft.Entry;
import io.raftctl.raft.Message;
import io.raftctl.raft.Message.AppendEntries;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageCodecTest {

    @Test
    void roundTripsEveryMessageType() throws MalformedFrameException {
        for (Message m : TestMessages.everyType()) {
            assertThat(MessageCodec.decode(MessageCodec.encode(m))).isEqualTo(m);
        }
    }

    @Test
    void roundTripKeepsUnicodeAndEmptyCommandsExactly() throws MalformedFrameException {
        AppendEntries m = new AppendEntries("n1", "n2", 2, 0, 0,
                List.of(Entry.command(1, 2, ""), Entry.command(2, 2, "𝄞 e\u0301 ∑ \u0000 end")), 0, 3);
        AppendEntries back = (AppendEntries) MessageCodec.decode(MessageCodec.encode(m));
        assertThat(back.entries()).extracting(Entry::command).containsExactly("", "𝄞 e\u0301 ∑ \u0000 end");
    }

    @Test
    void rejectsEmptyInput() {
        assertMalformed(new byte[0]);
    }

    @Test
    void rejectsUnknownTypes() {
        byte[] valid = MessageCodec.encode(TestMessages.heartbeat("n1", "n2", 1));
        for (int type : new int[] {0, 7, 0x7F, 0xFF}) {
            byte[] bad = valid.clone();
            bad[0] = (byte) type;
            assertMalformed(bad);
        }
    }

    @Test
    void rejectsEveryTruncation() {
        for (Message m : TestMessages.everyType()) {
            byte[] valid = MessageCodec.encode(m);
            for (int length = 0; length < valid.length; length++) assertMalformed(Arrays.copyOf(valid, length));
        }
    }

    @Test
    void rejectsTrailingBytes() {
        for (Message m : TestMessages.everyType()) {
            byte[] valid = MessageCodec.encode(m);
            assertMalformed(Arrays.copyOf(valid, valid.length + 1));
        }
    }

    @Test
    void rejectsNegativeAndOversizedStringLengths() {
        assertMalformed(new PayloadWriter(16).writeByte(MessageCodec.VOTE_RESPONSE).writeInt(-1).toByteArray());
        assertMalformed(new PayloadWriter(16).writeByte(MessageCodec.VOTE_RESPONSE).writeInt(Integer.MAX_VALUE)
                .writeBytes(new byte[32]).toByteArray());
    }

    @Test
    void rejectsInvalidUtf8() {
        PayloadWriter w = new PayloadWriter(32).writeByte(MessageCodec.VOTE_RESPONSE)
                .writeInt(2).writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28}) // an invalid 2-byte sequence
                .writeString("n1").writeLong(1).writeBoolean(true).writeLong(1);
        assertMalformed(w.toByteArray());
    }

    @Test
    void rejectsHugeOrNegativeEntryCounts() {
        for (int count : new int[] {-1, Integer.MIN_VALUE, MessageCodec.MAX_ENTRIES + 1, Integer.MAX_VALUE,
                MessageCodec.MAX_ENTRIES, 1000}) {
            byte[] bad = header(MessageCodec.APPEND_ENTRIES).writeLong(0).writeLong(0).writeInt(count)
                    .writeLong(0).writeLong(0).toByteArray();
            assertMalformed(bad);
        }
    }

    @Test
    void rejectsInvalidEntryKindBooleanAndIndex() {
        assertMalformed(appendEntriesWithOneEntry(1, 1, 2));
        assertMalformed(appendEntriesWithOneEntry(1, 1, 0xFF));
        assertMalformed(appendEntriesWithOneEntry(0, 1, 1));
        assertMalformed(appendEntriesWithOneEntry(1, -5, 1));
        assertMalformed(header(MessageCodec.VOTE_RESPONSE).writeByte(2).writeLong(1).toByteArray());
    }

    @Test
    void handCraftedEntryDecodes() throws MalformedFrameException {
        // The positive control of the two tests above: the layout they break is the real one.
        Message m = MessageCodec.decode(appendEntriesWithOneEntry(1, 1, 1));
        assertThat(((AppendEntries) m).entries()).containsExactly(Entry.command(1, 1, "x"));
    }

    @Test
    void rejectsPayloadsOverTheFrameLimit() {
        assertMalformed(new byte[MessageCodec.MAX_FRAME_BYTES + 1]);
    }

    @Test
    void refusesToEncodeMessagesOverTheFrameLimit() {
        String big = "x".repeat(MessageCodec.MAX_FRAME_BYTES);
        AppendEntries m = new AppendEntries("n1", "n2", 1, 0, 0, List.of(Entry.command(1, 1, big)), 0, 1);
        assertThatThrownBy(() -> MessageCodec.encode(m))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 MiB");
    }

    @Test
    void randomMutationsOnlyEverFailAsMalformedFrames() {
        Random random = new Random(20_260_127L);
        List<byte[]> seeds = TestMessages.everyType().stream().map(MessageCodec::encode).toList();
        for (int i = 0; i < 50_000; i++) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                MessageCodec.decode(input);
            } catch (MalformedFrameException e) {
                assertThat(e.getMessage()).isNotBlank();
            } catch (RuntimeException | Error e) {
                throw new AssertionError("mutation " + i + " (" + HexFormat.of().formatHex(input) + ") threw " + e, e);
            }
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            switch (random.nextInt(6)) {
                case 0 -> { // flip one byte
                    if (b.length > 0) b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
                case 1 -> { // truncate
                    b = Arrays.copyOf(b, random.nextInt(b.length + 1));
                }
                case 2 -> { // append junk
                    byte[] tail = new byte[1 + random.nextInt(8)];
                    random.nextBytes(tail);
                    byte[] longer = Arrays.copyOf(b, b.length + tail.length);
                    System.arraycopy(tail, 0, longer, b.length, tail.length);
                    b = longer;
                }
                case 3 -> { // overwrite four bytes with an extreme int, as a hostile length would be
                    if (b.length >= 4) {
                        int at = random.nextInt(b.length - 3);
                        int[] extremes = {-1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 << 20, 1 << 24, 0};
                        int v = extremes[random.nextInt(extremes.length)];
                        for (int k = 0; k < 4; k++) b[at + k] = (byte) (v >>> (24 - 8 * k));
                    }
                }
                case 4 -> { // set a byte to a boundary value
                    if (b.length > 0) b[random.nextInt(b.length)] = new byte[] {0, 1, 2, (byte) 0x80, (byte) 0xFF}[random.nextInt(5)];
                }
                default -> { // fully random bytes of the same length
                    random.nextBytes(b);
                }
            }
        }
        return b;
    }

    private static PayloadWriter header(int type) {
        return new PayloadWriter(64).writeByte(type).writeString("n1").writeString("n2").writeLong(1);
    }

    private static byte[] appendEntriesWithOneEntry(long index, long term, int kind) {
        return header(MessageCodec.APPEND_ENTRIES).writeLong(0).writeLong(0).writeInt(1)
                .writeLong(index).writeLong(term).writeByte(kind).writeString("x")
                .writeLong(0).writeLong(1).toByteArray();
    }

    private static void assertMalformed(byte[] input) {
        assertThatThrownBy(() -> MessageCodec.decode(input))
                .as("decoding %s", HexFormat.of().formatHex(input, 0, Math.min(input.length, 64)))
                .isInstanceOf(MalformedFrameException.class)
                .hasMessageNotContaining("\n");
    }
}
