package io.raftctl.cli.bench;

import io.raftctl.client.ClientConnection;
import io.raftctl.client.ClientProtocol;
import io.raftctl.client.ProtocolException;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Connections to a client port that have said hello and been welcomed, switched to non-blocking mode for a
 * selector. Every step is bounded by a timeout, so a node that accepts but never answers cannot hang the caller.
 */
final class GreetedChannels {

    private GreetedChannels() {
    }

    /** {@code count} greeted channels; none if any of them fails. */
    static List<SocketChannel> open(InetSocketAddress address, String token, int count, Duration timeout)
            throws IOException {
        List<SocketChannel> opened = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) opened.add(open(address, token, timeout));
            return opened;
        } catch (IOException | RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    static void closeAll(List<SocketChannel> channels) {
        for (SocketChannel c : channels) {
            try {
                c.close();
            } catch (IOException ignored) {
                // Done with it.
            }
        }
    }

    private static SocketChannel open(InetSocketAddress address, String token, Duration timeout) throws IOException {
        SocketChannel ch = SocketChannel.open();
        try {
            int millis = (int) Math.max(1, timeout.toMillis());
            ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            // The socket adaptor honours connect and read timeouts on a blocking channel.
            ch.socket().connect(address, millis);
            ch.socket().setSoTimeout(millis);
            ch.write(ByteBuffer.wrap(ClientProtocol.hello(token)));
            // Unbuffered: nothing past the welcome may be swallowed before the selector takes over.
            DataInputStream in = new DataInputStream(ch.socket().getInputStream());
            byte[] length = new byte[4];
            in.readFully(length);
            byte[] payload = new byte[ClientProtocol.frameLength(ByteBuffer.wrap(length))];
            in.readFully(payload);
            ByteBuffer frame = ByteBuffer.wrap(payload);
            int type = frame.get();
            if (type == ClientProtocol.REFUSED) throw new ClientConnection.RefusedException(ClientProtocol.readString(frame));
            if (type != ClientProtocol.WELCOME) throw new ProtocolException("the node answered the hello with frame type " + type + ".");
            ch.configureBlocking(false);
            return ch;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }
}
