package io.raftctl.admin;

/**
 * Paths of the admin socket (HTTP/1.1 + JSON, bearer token). Documented in docs/admin-api.md; the daemon's
 * server and raftctl's client both use these constants and the records of this package.
 */
public final class AdminApi {

    public static final String STATUS = "/v1/status";
    public static final String ELECT = "/v1/elect";
    public static final String HEARTBEAT = "/v1/heartbeat";
    public static final String COMMAND = "/v1/command";
    public static final String LOG = "/v1/log";
    public static final String STATE = "/v1/state";
    public static final String TIMERS = "/v1/timers";
    public static final String TRIGGERS = "/v1/triggers";
    public static final String TRIGGERS_SET = "/v1/triggers/set";
    public static final String TRIGGERS_CLEAR = "/v1/triggers/clear";
    public static final String CRASH = "/v1/crash";
    public static final String RESTART = "/v1/restart";
    public static final String NET = "/v1/net";
    public static final String NET_ISOLATE = "/v1/net/isolate";
    public static final String NET_RECONNECT = "/v1/net/reconnect";
    public static final String NET_SPLIT = "/v1/net/split";
    public static final String NET_HEAL = "/v1/net/heal";
    public static final String NET_SET = "/v1/net/set";
    public static final String NET_HOLD = "/v1/net/hold";
    public static final String NET_DELIVER = "/v1/net/deliver";
    public static final String NET_RELEASE = "/v1/net/release";
    public static final String NET_PENDING = "/v1/net/pending";
    public static final String TRACE = "/v1/trace";
    public static final String TRACE_SECTION = "/v1/trace/section";
    public static final String TRACE_CLEAR = "/v1/trace/clear";
    public static final String SHUTDOWN = "/v1/shutdown";

    /** Largest request body accepted. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    /** Error codes in {@link AdminDtos.ErrorBody#code()}. */
    public static final String E_BAD_REQUEST = "bad_request";
    public static final String E_UNAUTHORIZED = "unauthorized";
    public static final String E_NOT_FOUND = "not_found";
    public static final String E_METHOD = "method_not_allowed";
    public static final String E_TOO_LARGE = "too_large";
    public static final String E_CRASHED = "node_crashed";
    public static final String E_NOT_LEADER = "not_leader";
    public static final String E_RECOVERING = "recovering";
    public static final String E_UNAVAILABLE = "unavailable";
    public static final String E_INTERNAL = "internal";

    private AdminApi() {
    }
}
