package edu.lifecycle.kafka.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Picks a port the operating system considers free right now on the given host. */
final class FreePort {

    private FreePort() {}

    static int on(String host) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + host, e);
        }
    }

    /** Fails fast with a readable message when another process already listens on the port. */
    static void requireFree(String host, int port, String what) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new BrokerStartupException(
                    "Cannot start Kafka: " + what + " port " + host + ":" + port
                            + " is already in use (another broker running?). Stop it or choose another port.",
                    e);
        }
    }
}
