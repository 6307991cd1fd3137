package edu.lifecycle.servicekit.query;

import java.util.Objects;
import java.util.function.IntSupplier;
import org.apache.kafka.streams.state.HostInfo;

/**
 * This instance's address as other instances reach it ({@code application.server}). The port is read when first
 * needed, because with {@code server.port=0} it is known only once the web server has started.
 */
public final class ThisInstance {

    private final String host;
    private final IntSupplier port;

    public ThisInstance(String host, IntSupplier port) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = Objects.requireNonNull(port, "port");
    }

    public HostInfo hostInfo() {
        return new HostInfo(host, port.getAsInt());
    }

    /** {@code host:port}, the form of {@code application.server}. */
    public String applicationServer() {
        return host + ":" + port.getAsInt();
    }
}
