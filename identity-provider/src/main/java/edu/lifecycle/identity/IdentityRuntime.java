package edu.lifecycle.identity;

import com.nimbusds.jose.jwk.RSAKey;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** What one start of the provider decided before its Spring context exists: where it listens, its key, its accounts. */
record IdentityRuntime(
        IdentitySettings settings,
        InetAddress address,
        int port,
        String issuer,
        RSAKey signingKey,
        IdentityAccounts accounts,
        List<ClientSpec> clients,
        Clock clock) {

    Path mailboxes() {
        return settings.directory().resolve(MailboxDelivery.FOLDER);
    }
}
