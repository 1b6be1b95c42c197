package io.raftctl.storage;

/**
 * The node's durable storage cannot be opened or written. The message is one sentence meant for the operator: it
 * names the file and, for corruption, the byte offset.
 */
public final class StorageException extends Exception {

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
