package io.raftctl.transport;

import io.raftctl.raft.Entry;
import io.raftctl.raft.Message;
import io.raftctl.testing.Gen;
import io.raftctl.testing.Property;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile bytes on the peer port, as properties: whatever arrives, the decoders either produce a well-formed
 * message or refuse with a {@link MalformedFrameException} (which closes that connection only); they never throw
 * anything else, and anything they accept is exactly what the sender's encoder would have written.
 */
class FrameDecoderPropertiesTest {

    /** Decodes, or returns null for a refusal; any other exception fails the property. */
    private static Message decodeOrRefuse(byte[] payload) {
        try {
            Message m = MessageCodec.decode(payload);
            assertThat(MessageCodec.encode(m)).as("an accepted frame is canonical").isEqualTo(payload);
            return m;
        } catch (MalformedFrameException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
            return null;
        }
    }

    @Test
    void randomPayloadsAreRefusedOrDecodedCanonically() {
        Property.forAll(3000, Gen.bytes(300), FrameDecoderPropertiesTest::decodeOrRefuse);
    }

    @Test
    void payloadsWithAKnownTypeByteAreRefusedOrDecodedCanonically() {
        record Typed(int type, byte[] rest) {}
        Property.forAll(3000, r -> new Typed(Gen.ints(0, 7).next(r), Gen.bytes(200).next(r)), in -> {
            byte[] payload = new byte[in.rest().length + 1];
            payload[0] = (byte) in.type();
            System.arraycopy(in.rest(), 0, payload, 1, in.rest().length);
            decodeOrRefuse(payload);
        });
    }

    @Test
    void mutatedMessagesAreRefusedOrDecodedCanonically() {
        record Mutated(Message m, Mutation mutation) {}
        Property.forAll(3000, r -> new Mutated(MESSAGES.next(r), MUTATIONS.next(r)),
                in -> decodeOrRefuse(in.mutation().apply(MessageCodec.encode(in.m()))));
    }

    @Test
    void validMessagesRoundTrip() {
        Property.forAll(500, MESSAGES, m -> assertThat(MessageCodec.decode(MessageCodec.encode(m))).isEqualTo(m));
    }

    @Test
    void helloDecodingRefusesGarbage() {
        record Garbage(byte[] payload, boolean withMagic) {}
        Property.forAll(2000, r -> new Garbage(Gen.bytes(64).next(r), r.nextBoolean()), in -> {
            byte[] p = in.payload();
            if (in.withMagic()) {
                p = Arrays.copyOf(Hello.MAGIC, Hello.MAGIC.length + in.payload().length);
                System.arraycopy(in.payload(), 0, p, Hello.MAGIC.length, in.payload().length);
            }
            try {
                Hello h = Hello.decode(p);
                assertThat(h.encode()).isEqualTo(p);
            } catch (MalformedFrameException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void frameReadingRefusesBadLengthsWithoutReadingOn() {
        record StreamAndMax(byte[] stream, int max) {}
        Property.forAll(2000, r -> new StreamAndMax(Gen.bytes(64).next(r), Gen.ints(1, 1 << 20).next(r)), in -> {
            byte[] stream = in.stream();
            int max = in.max();
            try {
                byte[] payload = Frames.read(new ByteArrayInputStream(stream), max);
                if (payload == null) {
                    assertThat(stream).isEmpty();
                } else {
                    assertThat(payload.length).isBetween(1, max);
                    assertThat(payload).isEqualTo(Arrays.copyOfRange(stream, 4, 4 + payload.length));
                }
            } catch (MalformedFrameException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            } catch (IOException e) {
                throw new AssertionError("only MalformedFrameException may come out of a byte array stream", e);
            }
        });
    }

    // ---------------------------------------------------------------- generators

    /** A change to an encoded frame: a flipped bit, a cut, an insertion, or a length field set to an extreme. */
    record Mutation(int kind, int position, int value) {
        byte[] apply(byte[] b) {
            if (b.length == 0) return b;
            int at = Math.floorMod(position, b.length);
            return switch (kind) {
                case 0 -> {
                    byte[] c = b.clone();
                    c[at] ^= (byte) (1 << (value & 7));
                    yield c;
                }
                case 1 -> Arrays.copyOf(b, at);
                case 2 -> {
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, at);
                    c[at] = (byte) value;
                    System.arraycopy(b, at, c, at + 1, b.length - at);
                    yield c;
                }
                default -> {
                    // Overwrite four bytes with a huge, negative or off-by-one int: where a length or count lives.
                    byte[] c = b.clone();
                    int v = switch (value & 3) {
                        case 0 -> Integer.MAX_VALUE;
                        case 1 -> -1;
                        case 2 -> Integer.MIN_VALUE;
                        default -> value >>> 2;
                    };
                    for (int i = 0; i < 4 && at + i < c.length; i++) c[at + i] = (byte) (v >>> (24 - 8 * i));
                    yield c;
                }
            };
        }
    }

    private static final Gen<Mutation> MUTATIONS = r -> new Mutation(Gen.ints(0, 3).next(r),
            Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE).next(r), Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE).next(r));

    private static final Gen<Message> MESSAGES = messages();

    private static Gen<Message> messages() {
        Gen<String> id = Gen.oneOf("n1", "n2", "n3", "", "nœud-é");
        Gen<Long> n = Gen.longs(0, 1L << 40);
        Gen<Boolean> b = Gen.booleans();
        Gen<List<Entry>> entries = Gen.strings(Gen.unicode(), 0, 20).list(0, 4).map(cmds -> {
            List<Entry> list = new ArrayList<>();
            for (int i = 0; i < cmds.size(); i++) {
                list.add(i % 3 == 0 ? Entry.termStart(i + 1, 1) : Entry.command(i + 1, 2, cmds.get(i)));
            }
            return list;
        });
        return Gen.anyOf(
                r -> new Message.PreVoteRequest(id.next(r), id.next(r), n.next(r), n.next(r), n.next(r), b.next(r), n.next(r)),
                r -> new Message.PreVoteResponse(id.next(r), id.next(r), n.next(r), b.next(r), n.next(r)),
                r -> new Message.VoteRequest(id.next(r), id.next(r), n.next(r), n.next(r), n.next(r), b.next(r), n.next(r)),
                r -> new Message.VoteResponse(id.next(r), id.next(r), n.next(r), b.next(r), n.next(r)),
                r -> new Message.AppendEntries(id.next(r), id.next(r), n.next(r), n.next(r), n.next(r), entries.next(r),
                        n.next(r), n.next(r)),
                r -> new Message.AppendEntriesResponse(id.next(r), id.next(r), n.next(r), b.next(r), n.next(r), n.next(r),
                        n.next(r), n.next(r), 0));
    }
}
