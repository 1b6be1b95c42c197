package io.raftctl.cli.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP to admin sockets (plain HTTP, docs/admin-api.md), with the JDK's {@link HttpURLConnection}: no proxy,
 * and the JDK's keep-alive cache, which reuses a connection for the next request to the same node and retries
 * a request once on a kept-alive connection the daemon has closed meanwhile (the shell sits idle between
 * lines). Part of the JDK, it costs a one-shot command far less start-up than an HTTP client library.
 */
public final class AdminHttp {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    private static final AdminHttp STANDARD = new AdminHttp(CONNECT_TIMEOUT, READ_TIMEOUT);

    private final Duration connectTimeout;
    private final Duration readTimeout;

    private AdminHttp(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /** The timeouts of every admin call: {@link #CONNECT_TIMEOUT}, {@link #READ_TIMEOUT}. */
    public static AdminHttp client() {
        return STANDARD;
    }

    public AdminHttp withTimeouts(Duration connect, Duration read) {
        return new AdminHttp(connect, read);
    }

    public AdminHttp withReadTimeout(Duration read) {
        return new AdminHttp(connectTimeout, read);
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** An HTTP answer: its status code and its body. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /**
     * One request: GET when {@code json} is null, else a POST of it.
     *
     * @throws IOException when the node cannot be reached or does not answer in time
     */
    public Answer send(URI uri, Optional<String> token, byte[] json) throws IOException {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
        c.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
        c.setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
        c.setUseCaches(false);
        c.setRequestProperty("Accept", "application/json");
        token.ifPresent(t -> c.setRequestProperty("Authorization", "Bearer " + t));
        if (json != null) {
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            // Not in streaming mode: the JDK then reports a 401 as an answer rather than an exception.
            try (OutputStream out = c.getOutputStream()) {
                out.write(json);
            }
        }
        int status = c.getResponseCode();
        // Read to the end and closed, the connection goes back to the keep-alive cache.
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
