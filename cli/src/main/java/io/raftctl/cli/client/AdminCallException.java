package io.raftctl.cli.client;

import io.raftctl.cli.CliException;

/** A node answered an admin request with an error. {@link #code()} is the API's error code. */
public class AdminCallException extends CliException {

    private final int httpStatus;
    private final String code;

    public AdminCallException(int exitCode, String message, int httpStatus, String code) {
        super(exitCode, message);
        this.httpStatus = httpStatus;
        this.code = code == null ? "" : code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }
}
