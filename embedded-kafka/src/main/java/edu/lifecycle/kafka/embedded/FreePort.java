package edu.lifecycle.kafka.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.function.IntSupplier;

/** Picks a port the operating system considers free right now on the given host. */
final class FreePort {

    private FreePort() {}

    /**
     * A free port other than {@code taken}. A port found free is closed again before the broker binds it, so the
     * system may hand out the same one twice in a row; the broker then refuses two listeners on one port.
     */
    static int onOtherThan(String host, int taken) {
        return otherThan(taken, () -> on(host));
    }

    static int otherThan(int taken, IntSupplier freePorts) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = freePorts.getAsInt();
            if (port != taken) {
                return port;
            }
        }
        throw new IllegalStateException("No free port found other than " + taken);
    }

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
