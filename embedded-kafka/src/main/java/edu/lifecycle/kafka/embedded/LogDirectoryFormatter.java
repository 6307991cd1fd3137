package edu.lifecycle.kafka.embedded;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/** Formats a KRaft log directory the first time only, so a persistent broker keeps its data across restarts. */
final class LogDirectoryFormatter {

    private LogDirectoryFormatter() {}

    static boolean isFormatted(Path logDirectory) {
        return Files.exists(logDirectory.resolve("meta.properties"));
    }

    /**
     * Formats the directory when it has never been formatted; returns whether it did. A closed broker's two super users
     * are written into the bootstrap metadata: no client could create the first SCRAM user otherwise.
     */
    static boolean formatIfNeeded(Path logDirectory, Optional<BrokerSecurity> security) throws Exception {
        if (isFormatted(logDirectory)) {
            return false;
        }
        Files.createDirectories(logDirectory);
        var formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(SingleNodeBrokerConfig.NODE_ID)
                .setDirectories(List.of(logDirectory.toString()))
                .setMetadataLogDirectory(logDirectory.toString())
                .setControllerListenerName(SingleNodeBrokerConfig.CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.latestProduction());
        security.ifPresent(closed -> formatter.setScramArguments(List.of(
                scram(BrokerSecurity.BROKER_USER, closed.brokerPassword()),
                scram(closed.adminUser(), closed.adminPassword()))));
        formatter.run();
        return true;
    }

    private static String scram(String user, String password) {
        return BrokerSecurity.CLIENT_MECHANISM + "=[name=" + user + ",password=" + password + "]";
    }
}
