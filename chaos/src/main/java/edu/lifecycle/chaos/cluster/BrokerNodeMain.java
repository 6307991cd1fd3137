package edu.lifecycle.chaos.cluster;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One broker of the cluster, in a JVM of its own: formats its log directory the first time only (cluster id and the
 * two super users' SCRAM credentials from the environment), then runs a combined broker and controller until it is
 * stopped (SIGTERM: a clean shutdown) or killed.
 *
 * <p>Arguments: the broker's properties file (private, it holds the broker's own secret).
 */
public final class BrokerNodeMain {

    static final String CLUSTER_ID = "CHAOS_CLUSTER_ID";
    static final String SCRAM_USERS = "CHAOS_SCRAM_USERS";

    private BrokerNodeMain() {}

    public static void main(String[] args) throws Exception {
        var props = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(args[0]))) {
            props.load(reader);
        }
        var logDir = props.getProperty("log.dirs");
        if (!Files.exists(Path.of(logDir, "meta.properties"))) {
            Files.createDirectories(Path.of(logDir));
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setClusterId(System.getenv(CLUSTER_ID))
                    .setNodeId(Integer.parseInt(props.getProperty("node.id")))
                    .setDirectories(List.of(logDir))
                    .setMetadataLogDirectory(logDir)
                    .setControllerListenerName(props.getProperty("controller.listener.names"))
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setScramArguments(List.of(System.getenv(SCRAM_USERS).split(" ")))
                    .run();
        }
        var server = new KafkaRaftServer(new KafkaConfig(props), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "broker-shutdown"));
        server.startup();
        server.awaitShutdown();
    }
}
