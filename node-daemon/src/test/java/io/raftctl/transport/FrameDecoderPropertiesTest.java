package io.raftctl.transport;

import io.raftctl.raft.Entry;
import io.raftctl.raft.Message;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

    @Property(tries = 3000)
    void randomPayloadsAreRefusedOrDecodedCanonically(@ForAll @Size(max = 300) byte[] payload) {
        decodeOrRefuse(payload);
    }

    @Property(tries = 3000)
    void payloadsWithAKnownTypeByteAreRefusedOrDecodedCanonically(@ForAll @IntRange(min = 0, max = 7) int type,
                                                                  @ForAll @Size(max = 200) byte[] rest) {
        byte[] payload = new byte[rest.length + 1];
        payload[0] = (byte) type;
        System.arraycopy(rest, 0, payload, 1, rest.length);
        decodeOrRefuse(payload);
    }

    @Property(tries = 3000)
    void mutatedMessagesAreRefusedOrDecodedCanonically(@ForAll("messages") Message m, @ForAll("mutations") Mutation mutation) {
        decodeOrRefuse(mutation.apply(MessageCodec.encode(m)));
    }

    @Property(tries = 500)
    void validMessagesRoundTrip(@ForAll("messages") Message m) throws MalformedFrameException {
        assertThat(MessageCodec.decode(MessageCodec.encode(m))).isEqualTo(m);
    }

    @Property(tries = 2000)
    void helloDecodingRefusesGarbage(@ForAll @Size(max = 64) byte[] payload, @ForAll boolean withMagic) {
        byte[] p = payload;
        if (withMagic) {
            p = Arrays.copyOf(Hello.MAGIC, Hello.MAGIC.length + payload.length);
            System.arraycopy(payload, 0, p, Hello.MAGIC.length, payload.length);
        }
        try {
            Hello h = Hello.decode(p);
            assertThat(h.encode()).isEqualTo(p);
        } catch (MalformedFrameException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 2000)
    void frameReadingRefusesBadLengthsWithoutReadingOn(@ForAll @Size(max = 64) byte[] stream, @ForAll @IntRange(min = 1, max = 1 << 20) int max) {
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

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers(), Arbitraries.integers())
                .as(Mutation::new);
    }

    @Provide
    Arbitrary<Message> messages() {
        Arbitrary<String> id = Arbitraries.of("n1", "n2", "n3", "", "nœud-é");
        Arbitrary<Long> n = Arbitraries.longs().between(0, 1L << 40);
        Arbitrary<Boolean> b = Arbitraries.of(true, false);
        Arbitrary<List<Entry>> entries = Arbitraries.strings().ofMaxLength(20).list().ofMaxSize(4).map(cmds -> {
            java.util.ArrayList<Entry> list = new java.util.ArrayList<>();
            for (int i = 0; i < cmds.size(); i++) {
                list.add(i % 3 == 0 ? Entry.termStart(i + 1, 1) : Entry.command(i + 1, 2, cmds.get(i)));
            }
            return list;
        });
        return Arbitraries.oneOf(
                Combinators.combine(id, id, n, n, n, b, n).as(Message.PreVoteRequest::new),
                Combinators.combine(id, id, n, b, n).as(Message.PreVoteResponse::new),
                Combinators.combine(id, id, n, n, n, b, n).as(Message.VoteRequest::new),
                Combinators.combine(id, id, n, b, n).as(Message.VoteResponse::new),
                Combinators.combine(id, id, n, n, n, entries, n, n).as(Message.AppendEntries::new),
                Combinators.combine(id, id, n, b, n, n, n, n).as((f, t, term, ok, match, rej, hi, ht) ->
                        new Message.AppendEntriesResponse(f, t, term, ok, match, rej, hi, ht, 0)));
    }
}
