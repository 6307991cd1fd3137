package edu.lifecycle.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

/**
 * The provider's RSA signing key, kept as a private JWK ({@code signing-key.jwk}, 0600) so tokens issued before a
 * restart still verify after it.
 */
final class SigningKey {
    static final String FILE_NAME = "signing-key.jwk";

    private SigningKey() {}

    static RSAKey loadOrGenerate(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            try {
                return RSAKey.parse(PrivateFiles.read(file));
            } catch (ParseException e) {
                throw new IllegalStateException("The signing key " + file + " is not an RSA JWK", e);
            }
        }
        RSAKey key = generate();
        PrivateFiles.write(file, key.toJSONString());
        return key;
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }
}
