package io.raftctl.transport;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FramesAndHelloTest {

    @Test
    void framesRoundTripAndEndCleanlyAtABoundary() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Frames.write(out, new byte[] {1, 2, 3});
        Frames.write(out, new byte[] {4});
        InputStream in = new ByteArrayInputStream(out.toByteArray());
        assertThat(Frames.read(in, 16)).containsExactly(1, 2, 3);
        assertThat(Frames.read(in, 16)).containsExactly(4);
        assertThat(Frames.read(in, 16)).isNull();
    }

    @Test
    void frameLengthIsFourBytesBigEndian() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Frames.write(out, new byte[258]);
        assertThat(Arrays.copyOf(out.toByteArray(), 4)).containsExactly(0, 0, 1, 2);
    }

    @Test
    void rejectsLengthsOutOfRange() {
        assertMalformedFrame(new byte[] {0, 0, 0, 0}, 16);
        assertMalformedFrame(new byte[] {(byte) 0x80, 0, 0, 0, 1}, 16);
        assertMalformedFrame(new byte[] {0, 0, 0, 17}, 16);
        assertMalformedFrame(new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, MessageCodec.MAX_FRAME_BYTES);
    }

    @Test
    void rejectsAnEndOfStreamInsideAFrame() {
        assertMalformedFrame(new byte[] {0, 0}, 16);
        assertMalformedFrame(new byte[] {0, 0, 0, 5, 1, 2}, 16);
        // A huge announced length with nothing behind it fails without reserving the announced size.
        assertMalformedFrame(new byte[] {0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1}, MessageCodec.MAX_FRAME_BYTES);
    }

    @Test
    void helloRoundTrips() throws MalformedFrameException {
        Hello hello = new Hello("prod-east", "n2");
        assertThat(Hello.decode(hello.encode())).isEqualTo(hello);
        assertThat(Arrays.copyOf(hello.encode(), 6)).containsExactly('R', 'F', 'T', 'P', 0, Hello.FORMAT_VERSION);
    }

    @Test
    void helloRejectsWrongMagicVersionOrTrailingBytes() {
        byte[] valid = new Hello("c", "n1").encode();
        byte[] wrongMagic = valid.clone();
        wrongMagic[0] = 'X';
        byte[] wrongVersion = valid.clone();
        wrongVersion[5] = (byte) (Hello.FORMAT_VERSION + 1);
        assertThatThrownBy(() -> Hello.decode(wrongMagic)).isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("not a raft peer hello");
        assertThatThrownBy(() -> Hello.decode(wrongVersion)).isInstanceOf(MalformedFrameException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> Hello.decode(Arrays.copyOf(valid, valid.length + 1)))
                .isInstanceOf(MalformedFrameException.class);
        assertThatThrownBy(() -> Hello.decode(new byte[] {'R', 'F'})).isInstanceOf(MalformedFrameException.class);
    }

    private static void assertMalformedFrame(byte[] bytes, int max) {
        assertThatThrownBy(() -> Frames.read(new ByteArrayInputStream(bytes), max))
                .isInstanceOf(MalformedFrameException.class);
    }
}
