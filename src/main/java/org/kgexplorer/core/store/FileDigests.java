package org.kgexplorer.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of the files a project or a saved answer names (ADR 43, 44), remembered per file while its size and
 * modification time stay the same: the window works them out in the background after a load, so saving a project
 * when the window closes, or an answer with its provenance, does not read a large file again.
 */
public final class FileDigests {
    private record Seen(long size, long modified, String sha256) {
    }

    private static final Map<Path, Seen> SEEN = new ConcurrentHashMap<>();

    private FileDigests() {
    }

    /** The SHA-256 of the file's bytes, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes before = Files.readAttributes(key, BasicFileAttributes.class);
        Seen seen = SEEN.get(key);
        if (seen != null && seen.size() == before.size() && seen.modified() == before.lastModifiedTime().toMillis()) {
            return seen.sha256();
        }
        String sha;
        try (InputStream in = Files.newInputStream(key)) {
            sha = sha256(in);
        }
        BasicFileAttributes after = Files.readAttributes(key, BasicFileAttributes.class);
        if (after.size() == before.size() && after.lastModifiedTime().equals(before.lastModifiedTime())) {
            SEEN.put(key, new Seen(after.size(), after.lastModifiedTime().toMillis(), sha));
        }
        return sha;
    }

    /**
     * The SHA-256 of the file if it is already known (worked out before, and the file's size and modification time
     * are the same), else empty: never reads the file's bytes (for the JavaFX thread, e.g. when the window closes).
     */
    public static java.util.Optional<String> known(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Seen seen = SEEN.get(key);
        if (seen == null) {
            return java.util.Optional.empty();
        }
        try {
            BasicFileAttributes now = Files.readAttributes(key, BasicFileAttributes.class);
            return seen.size() == now.size() && seen.modified() == now.lastModifiedTime().toMillis()
                    ? java.util.Optional.of(seen.sha256()) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The SHA-256 of a stream's bytes (read to its end), lower-case hex. */
    public static String sha256(InputStream in) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (DigestInputStream d = new DigestInputStream(in, sha)) {
            d.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
