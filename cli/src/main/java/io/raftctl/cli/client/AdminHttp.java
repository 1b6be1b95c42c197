package io.raftctl.cli.client;

import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

import java.time.Duration;
import java.util.List;

/** The HTTP client shared by every admin call of this process (one connection pool). */
public final class AdminHttp {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private static volatile OkHttpClient shared;

    private AdminHttp() {
    }

    public static OkHttpClient client() {
        OkHttpClient c = shared;
        if (c == null) {
            synchronized (AdminHttp.class) {
                if (shared == null) {
                    shared = new OkHttpClient.Builder()
                            // Admin sockets speak plain HTTP (docs/admin-api.md). Without a TLS spec the
                            // client skips loading the trust store and an SSL context, most of its set-up.
                            .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
                            .connectTimeout(CONNECT_TIMEOUT)
                            .readTimeout(READ_TIMEOUT)
                            .writeTimeout(READ_TIMEOUT)
                            // Kept on (the default): a pooled connection the daemon closed while the shell
                            // sat idle is then retried on a fresh one instead of failing the command.
                            .retryOnConnectionFailure(true)
                            .build();
                }
                c = shared;
            }
        }
        return c;
    }
}
