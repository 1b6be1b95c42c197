package io.raftctl.admin;

/** A request the node cannot carry out: HTTP status, stable code and one sentence for the operator. */
public final class AdminException extends Exception {

    private final int status;
    private final String code;

    public AdminException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static AdminException badRequest(String message) {
        return new AdminException(400, AdminApi.E_BAD_REQUEST, message);
    }

    public static AdminException crashed() {
        return new AdminException(409, AdminApi.E_CRASHED, "node is crashed");
    }

    public static AdminException notLeader(String message) {
        return new AdminException(409, AdminApi.E_NOT_LEADER, message);
    }

    /** A recovering node refuses to campaign: it may have lost entries it acknowledged. */
    public static AdminException recovering(String message) {
        return new AdminException(409, AdminApi.E_RECOVERING, message);
    }

    public static AdminException unavailable(String message) {
        return new AdminException(503, AdminApi.E_UNAVAILABLE, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
