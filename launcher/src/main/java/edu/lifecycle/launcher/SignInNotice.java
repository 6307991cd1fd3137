package edu.lifecycle.launcher;

import edu.lifecycle.identity.Clients;
import edu.lifecycle.identity.DemoUsers;
import edu.lifecycle.identity.IdentityProvider;
import java.io.PrintStream;

/**
 * What the start-up says about signing in: the issuer and where the accounts are kept, always; the generated secrets
 * and passwords themselves only at the start that generated them, so they reach the person who started the system
 * once and never a later log.
 */
final class SignInNotice {

    private static final String INDENT = "                     ";

    private SignInNotice() {}

    static void print(PrintStream out, IdentityProvider identity) {
        var accounts = identity.accounts();
        out.printf(
                "  %-16s issuer %s; clients and demo users kept in %s (owner only)%n",
                "Sign-in", identity.issuer(), accounts.file().toAbsolutePath());
        if (!identity.firstStart()) {
            return;
        }
        out.println(INDENT + "generated now and shown this once:");
        out.printf(
                "%sclient %-22s secret %s  (client credentials: staff roles, for integrations)%n",
                INDENT, Clients.INTEGRATION, accounts.clientSecret(Clients.INTEGRATION));
        out.printf(
                "%sclient %-22s secret %s  (client credentials: operations-viewer, for a metrics scrape)%n",
                INDENT, Clients.METRICS, accounts.clientSecret(Clients.METRICS));
        out.printf(
                "%sclient %-22s secret %s  (client credentials: operations-engineer, for ./run.sh ops: replay, "
                        + "purge, audit)%n",
                INDENT, Clients.OPERATIONS, accounts.clientSecret(Clients.OPERATIONS));
        out.printf("%sclient %-22s public, PKCE: Swagger UI's Authorize button%n", INDENT, Clients.CONSOLE);
        for (var user : DemoUsers.ALL) {
            out.printf(
                    "%suser   %-22s password %s  (%s%s)%n",
                    INDENT,
                    user.username(),
                    accounts.password(user.username()),
                    String.join(", ", user.roles()),
                    user.studentId().map(id -> ", student_id " + id).orElse(""));
        }
    }
}
