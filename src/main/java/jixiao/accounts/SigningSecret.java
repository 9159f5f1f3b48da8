package jixiao.accounts;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that signs and checks tokens (HS256): {@code JIXIAO_JWT_SECRET} (at least 32 bytes) when set, else
 * 32 random bytes generated at the first start and kept in {@code <data folder>/jwt-secret}, readable by the
 * service's user only, so tokens survive a restart and no secret sits in the repository. Two services
 * starting at once on one folder agree: the file appears whole (written aside, then linked) or not at all.
 */
@Factory
final class SigningSecret {
    static final String FILE = "jwt-secret";
    static final int MIN_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(SigningSecret.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** Made at start-up, so that a bad secret stops the start rather than the first login. */
    @Context
    @Named("generator")
    SignatureGeneratorConfiguration signature(AccountsConfig config) {
        SecretSignatureConfiguration c = new SecretSignatureConfiguration("generator");
        c.setJwsAlgorithm(JWSAlgorithm.HS256);
        c.setBase64(true);
        c.setSecret(Base64.getEncoder().encodeToString(secret(config)));
        return new SecretSignature(c);
    }

    static byte[] secret(AccountsConfig config) {
        String given = config.jwtSecret();
        if (given != null && !given.isEmpty()) {
            byte[] bytes = given.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MIN_BYTES) {
                throw new IllegalStateException("JIXIAO_JWT_SECRET must be at least " + MIN_BYTES
                        + " bytes long (it has " + bytes.length + "); leave it unset to have one generated");
            }
            return bytes;
        }
        try {
            return kept(Path.of(config.dataDir()));
        } catch (IOException e) {
            throw new UncheckedIOException("the token signing secret cannot be kept in " + config.dataDir()
                    + " (JIXIAO_DATA_DIR): " + e.getMessage(), e);
        }
    }

    private static byte[] kept(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            byte[] fresh = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(fresh);
            Path aside = Files.createTempFile(dir, FILE, ".new");
            try {
                ownerOnly(aside);
                Files.writeString(aside, Base64.getEncoder().encodeToString(fresh));
                Files.createLink(file, aside);
                LOG.info("generated the token signing secret in {}", file.toAbsolutePath());
            } catch (FileAlreadyExistsException anotherWasFirst) {
                // another service on this folder wrote it first: use theirs
            } finally {
                Files.deleteIfExists(aside);
            }
        }
        ownerOnly(file);
        byte[] secret = Base64.getDecoder().decode(Files.readString(file).strip());
        if (secret.length < MIN_BYTES) {
            throw new IllegalStateException(file + " holds a secret shorter than " + MIN_BYTES + " bytes; delete it"
                    + " to have a new one generated (tokens given so far then stop working)");
        }
        return secret;
    }

    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
