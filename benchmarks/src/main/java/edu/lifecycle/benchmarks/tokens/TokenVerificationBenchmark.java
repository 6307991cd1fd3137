package edu.lifecycle.benchmarks.tokens;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * One real token of the embedded provider, verified as a service verifies every request's token; beside it, the same
 * token only parsed (no signature, no claim checks), to show what the checks themselves cost. {@link TokensSection}
 * passes the provider's issuer and the token; the keys are fetched in set-up, so every measured call is the cached
 * steady state a service runs in.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenVerificationBenchmark {

    /** The provider's issuer; the section sets it. */
    @Param("")
    public String issuer;

    /** A client-credentials token of that issuer; the section sets it. */
    @Param("")
    public String token;

    private JwtDecoder decoder;

    @Setup(Level.Trial)
    public void setUp() {
        if (issuer.isEmpty() || token.isEmpty()) {
            throw new IllegalStateException("Run through TokensSection: it passes a running issuer and its token");
        }
        decoder = ServiceJwtDecoder.forIssuer(issuer);
        // Discovery and the key set are fetched by the first token, as in a service; not part of the measurement.
        decoder.decode(token);
    }

    @Benchmark
    public Jwt verify() {
        return decoder.decode(token);
    }

    @Benchmark
    public JWTClaimsSet parseOnly() throws ParseException {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }
}
