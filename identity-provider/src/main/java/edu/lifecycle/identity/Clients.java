package edu.lifecycle.identity;

/** The OAuth 2 clients the embedded provider registers. */
public final class Clients {
    /** Confidential, client credentials: machine integrations and the demo; every staff role but privacy-officer. */
    public static final String INTEGRATION = "lifecycle-integration";
    /** Public, authorization code with PKCE, no consent screen: Swagger UI, the console, password-less test sign-in. */
    public static final String CONSOLE = "lifecycle-console";
    /** Confidential, client credentials, only operations-viewer: Prometheus scraping metrics. */
    public static final String METRICS = "lifecycle-metrics";
    /**
     * Confidential, client credentials, only operations-engineer: {@code ./run.sh ops} (replay, purge, audit). Its
     * own client, so that the scrape client's secret, which Prometheus keeps, cannot change the system.
     */
    public static final String OPERATIONS = "lifecycle-operations";
    /** Test only (settings.testClients): confidential, client credentials, NO role — for "wrong role" checks. */
    public static final String TEST = "lifecycle-test";
    /** Test only: like {@link #INTEGRATION}, but every token it gets expired five minutes before it was issued. */
    public static final String TEST_EXPIRED = "lifecycle-test-expired";

    /** The audience every access token names, and the only one the services accept. */
    public static final String AUDIENCE = "student-lifecycle";

    private Clients() {}
}
