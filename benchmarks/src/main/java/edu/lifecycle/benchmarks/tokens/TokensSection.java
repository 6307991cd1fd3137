package edu.lifecycle.benchmarks.tokens;

import edu.lifecycle.benchmarks.RunSettings;
import edu.lifecycle.benchmarks.Section;
import edu.lifecycle.benchmarks.report.Table;
import edu.lifecycle.identity.AccessToken;
import edu.lifecycle.identity.Clients;
import edu.lifecycle.identity.IdentityProvider;
import edu.lifecycle.identity.IdentitySettings;
import edu.lifecycle.identity.TokenClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.util.Statistics;

/**
 * Section 5: what tokens cost. (a) A client-credentials token from the embedded provider over HTTP, paid once per
 * client and token lifetime; (b) verifying a token as a service does on every request, with JMH; both compared with a
 * command's latency. Only the provider runs: the services' own request path is measured by the latency section.
 */
public final class TokensSection implements Section {

    /** Token lifetime (15 min) less the 60 s before expiry at which {@code BearerTokens} renews it. */
    static final Duration RENEWED_EVERY = Duration.ofMinutes(14);

    /**
     * The lowest command median of the documented latency section (docs/benchmarks.md, final run: (a) POST
     * application at 50/s): the comparison that makes per-request verification look largest.
     */
    static final double COMMAND_P50_MS = 41.3;

    static final String COMMAND_P50_SOURCE = "(a) POST application at 50/s, docs/benchmarks.md section 3";

    /** The rate at which the issuance is spread over requests in the amortised figure. */
    static final int REQUESTS_PER_SECOND = 50;

    private static final String ALLOCATION = "gc.alloc.rate.norm";

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Table run(RunSettings settings, Consumer<String> progress) throws Exception {
        Fetches fetches = settings.smoke() ? Fetches.SMOKE : Fetches.FULL;
        // Spring must not configure logging: slf4j-nop is the only binding and the report owns standard output.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        Path directory = Files.createTempDirectory("benchmarks-tokens-");
        try (IdentityProvider provider =
                IdentityProvider.start(new IdentitySettings(directory, "127.0.0.1", 0, List.of(), false))) {
            TokenClient client = provider.tokens();
            String secret = provider.accounts().clientSecret(Clients.INTEGRATION);
            progress.accept(
                    "tokens: " + fetches.warmup() + " + " + fetches.measured() + " client-credentials requests");
            long[] fetchNanos = fetches.run(() -> client.clientCredentials(Clients.INTEGRATION, secret));
            AccessToken token = client.clientCredentials(Clients.INTEGRATION, secret);

            long firstBegin = System.nanoTime();
            ServiceJwtDecoder.forIssuer(provider.issuer()).decode(token.value());
            long firstNanos = System.nanoTime() - firstBegin;

            progress.accept("tokens: verifying with JMH");
            List<RunResult> runs = List.copyOf(new Runner(settings.jmhOptions()
                            .include(Pattern.quote(TokenVerificationBenchmark.class.getName()) + "\\..*")
                            .param("issuer", provider.issuer())
                            .param("token", token.value())
                            .timeUnit(TimeUnit.MICROSECONDS)
                            .build())
                    .run());
            return table(fetches, fetchNanos, firstNanos, runs, token, settings);
        } finally {
            delete(directory);
        }
    }

    private static Table table(
            Fetches fetches,
            long[] fetchNanos,
            long firstNanos,
            List<RunResult> runs,
            AccessToken token,
            RunSettings settings) {
        var table = new Table(
                "5. Tokens: obtaining one from the embedded provider, verifying one per request",
                List.of("Measurement", "unit", "samples", "p50", "p90", "p99", "max", "B/op", "paid"));
        double[] fetchMs = Arrays.stream(fetchNanos)
                .mapToDouble(nanos -> nanos / 1e6)
                .sorted()
                .toArray();
        double fetchP50 = percentile(fetchMs, 50);
        table.row(List.of(
                "(a) token by client credentials (POST /oauth2/token over HTTP)",
                "ms",
                String.valueOf(fetchMs.length),
                format(fetchP50),
                format(percentile(fetchMs, 90)),
                format(percentile(fetchMs, 99)),
                format(fetchMs[fetchMs.length - 1]),
                "",
                "once per client per " + RENEWED_EVERY.toMinutes() + " min"));
        table.row(List.of(
                "first token a service sees (discovery, key set, verification)",
                "ms",
                "1",
                format(firstNanos / 1e6),
                "",
                "",
                "",
                "",
                "once per service start"));
        Measured verify = measured(runs, "verify");
        Measured parse = measured(runs, "parseOnly");
        table.row(verify.row("(b) token verified as a service does (RS256, iss, aud, exp/nbf)", "every request"));
        table.row(parse.row("(b') the same token only parsed, no checks (baseline)", ""));

        double share = verify.statistics().getPercentile(50) / 1000 / COMMAND_P50_MS;
        double amortisedMicros = fetchP50 * 1000 / (RENEWED_EVERY.toSeconds() * (double) REQUESTS_PER_SECOND);
        table.note("(a): " + fetches.warmup() + " requests of warm-up, then " + fetches.measured() + " measured one"
                + " after the other (at most " + fetches.deadline().toSeconds() + " s), from TokenClient over one"
                + " keep-alive java.net.http client, client `" + Clients.INTEGRATION + "` (client_secret_basic):"
                + " each includes the provider's BCrypt check of the client secret and the RS256 signature of a new"
                + " token. The benchmarks, the demo and the system tests fetch one and reuse it until 60 s before it"
                + " expires (BearerTokens), so it is paid once per client per " + RENEWED_EVERY.toMinutes()
                + " minutes.");
        table.note("(b): JMH sample time, 1 thread, "
                + (settings.forks() == 0 ? "in this JVM" : settings.forks() + " fork(s)")
                + "; the decoder built as Spring Boot 4.1 builds it for the"
                + " services (SupplierJwtDecoder over NimbusJwtDecoder.withIssuerLocation, JwtValidators"
                + ".createDefaultWithValidators with JwtIssuerValidator, audience " + ServiceJwtDecoder.AUDIENCES
                + " and JwtTimestampValidator(" + ServiceJwtDecoder.CLOCK_SKEW.toSeconds() + " s)); key set"
                + " fetched in set-up and cached, so no measured call reaches the provider. The token: "
                + token.value().length() + " characters, sent with every request as `Authorization: Bearer`."
                + " Not measured here: the security filter chain and the role mapping around the decoder.");
        table.note(String.format(
                Locale.ROOT,
                "Per-request cost: verification p50 %.1f µs = %.2f%% of a command's median latency (%.1f ms, %s);"
                        + " issuing spread over %d requests/s for %d min adds %.2f µs per request.",
                verify.statistics().getPercentile(50),
                share * 100,
                COMMAND_P50_MS,
                COMMAND_P50_SOURCE,
                REQUESTS_PER_SECOND,
                RENEWED_EVERY.toMinutes(),
                amortisedMicros));
        if (settings.smoke()) {
            table.note("Smoke: a handful of requests and JMH's smoke settings; proves the harness, measures nothing.");
        }
        return table;
    }

    static double percentile(double[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static Measured measured(List<RunResult> runs, String method) {
        for (RunResult run : runs) {
            String benchmark = run.getParams().getBenchmark();
            if (benchmark.endsWith("." + method)) {
                Result<?> allocation = run.getSecondaryResults().get(ALLOCATION);
                return new Measured(
                        run.getPrimaryResult().getStatistics(),
                        allocation == null ? Double.NaN : allocation.getScore());
            }
        }
        throw new IllegalStateException("JMH returned no result for " + method);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private record Measured(Statistics statistics, double bytesPerOperation) {
        List<String> row(String label, String paid) {
            return List.of(
                    label,
                    "µs",
                    String.valueOf(statistics.getN()),
                    format(statistics.getPercentile(50)),
                    format(statistics.getPercentile(90)),
                    format(statistics.getPercentile(99)),
                    format(statistics.getMax()),
                    Double.isNaN(bytesPerOperation) ? "" : String.format(Locale.ROOT, "%.0f", bytesPerOperation),
                    paid);
        }
    }

    /** How many token requests, in a bounded time. */
    private record Fetches(int warmup, int measured, Duration deadline) {
        static final Fetches FULL = new Fetches(20, 200, Duration.ofSeconds(120));
        static final Fetches SMOKE = new Fetches(1, 5, Duration.ofSeconds(30));

        long[] run(Runnable fetch) {
            long end = System.nanoTime() + deadline.toNanos();
            for (int i = 0; i < warmup; i++) {
                fetch.run();
            }
            long[] nanos = new long[measured];
            for (int i = 0; i < measured; i++) {
                if (i > 0 && System.nanoTime() > end) {
                    return Arrays.copyOf(nanos, i);
                }
                long begin = System.nanoTime();
                fetch.run();
                nanos[i] = System.nanoTime() - begin;
            }
            return nanos;
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is no reason to fail a report.
        }
    }
}
