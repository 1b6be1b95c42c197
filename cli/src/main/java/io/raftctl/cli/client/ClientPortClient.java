package io.raftctl.cli.client;

import io.raftctl.admin.AdminApi;
import io.raftctl.admin.AdminDtos;
import io.raftctl.cli.CliException;
import io.raftctl.cli.ExitCodes;
import io.raftctl.cli.NodeUnreachableException;
import io.raftctl.cli.cluster.ClusterNode;
import io.raftctl.client.ClientConnection;
import io.raftctl.client.ClientProtocol;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Sends commands to a node's client port (the fast path), with the same answers and exit codes as the admin
 * socket's {@code /v1/command}: {@code command} and {@code bench} both go through here when the node has a port.
 */
public final class ClientPortClient {

    private final ClusterNode node;
    private final Path tokenFile;

    public ClientPortClient(ClusterNode node, Path tokenFile) {
        if (node.client() == null) throw new IllegalArgumentException("node " + node.id() + " has no client port");
        this.node = node;
        this.tokenFile = tokenFile;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(node.client().host(), node.client().port());
    }

    /**
     * The admin token the port takes.
     *
     * @throws CliException exit 2 if the token file is missing or unreadable
     */
    public String token() {
        try {
            return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            throw new AdminCallException(ExitCodes.USAGE, "no admin token for " + node.id() + ": " + tokenFile
                    + " not found (is this the cluster file " + node.id() + " was started with?)", 401, AdminApi.E_UNAUTHORIZED);
        } catch (IOException e) {
            throw CliException.usage("cannot read the admin token of " + node.id() + " from " + tokenFile + ": " + e.getMessage());
        }
    }

    /** Opens a connection, turning failures into the contract's exit codes. */
    public ClientConnection connect() {
        String token = token();
        try {
            return ClientConnection.open(address(), token, AdminHttp.CONNECT_TIMEOUT);
        } catch (ClientConnection.RefusedException e) {
            throw refused(e);
        } catch (IOException e) {
            throw new NodeUnreachableException(node.id(), node.client().toString(),
                    AdminClient.describe(e, AdminHttp.CONNECT_TIMEOUT), e);
        }
    }

    /** Submits one command and waits up to {@code timeout}; answers as {@code /v1/command} would. */
    public AdminDtos.CommandResponse command(String text, Duration timeout) {
        try (ClientConnection c = connect()) {
            return response(c.call(text, timeout));
        } catch (InterruptedIOException e) {
            return new AdminDtos.CommandResponse(false, "TIMEOUT", 0, null, "timed out; outcome unknown", null);
        } catch (ClientConnection.RefusedException e) {
            throw refused(e);
        } catch (IOException e) {
            return new AdminDtos.CommandResponse(false, "OUTCOME_UNKNOWN", 0, null,
                    "lost the connection to " + node.id() + " (" + AdminClient.describe(e, timeout) + "); outcome unknown", null);
        }
    }

    /** A result as the admin socket's JSON answer; a crashed or failed node is an error, as there. */
    public static AdminDtos.CommandResponse response(ClientProtocol.Result r) {
        if (r.status() == ClientProtocol.Status.UNAVAILABLE) throw CliException.failed(r.error());
        return new AdminDtos.CommandResponse(r.ok(), r.status().name(), r.index(), r.value(), r.error(), r.leader());
    }

    private CliException refused(ClientConnection.RefusedException e) {
        if ("wrong token.".equals(e.getMessage())) {
            return new AdminCallException(ExitCodes.USAGE, "admin token rejected by " + node.id() + " (" + node.client()
                    + "): " + tokenFile + " does not hold the running daemon's token", 401, AdminApi.E_UNAUTHORIZED);
        }
        return CliException.failed(node.id() + " refused the client connection: " + e.getMessage());
    }
}
