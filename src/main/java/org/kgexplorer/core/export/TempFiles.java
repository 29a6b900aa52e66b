package org.kgexplorer.core.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary files a run is writing: an interrupted run removes them (the command line's shutdown hook
 * calls {@link #deleteAll()}), and those a killed run could not remove are removed, once older than a day, by
 * the next write into their folder. A younger one may belong to a run still going, so it stays.
 */
public final class TempFiles {
    private static final Logger LOG = LoggerFactory.getLogger(TempFiles.class);
    /** How old a temporary file of ours must be before another run takes it for a leftover. */
    public static final Duration STALE = Duration.ofDays(1);
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private TempFiles() {
    }

    public static void track(Path file) {
        LIVE.add(file);
    }

    public static void untrack(Path file) {
        LIVE.remove(file);
    }

    /** Deletes every temporary file still being written; what cannot be deleted is left (the next run tries). */
    public static void deleteAll() {
        for (Path file : List.copyOf(LIVE)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("could not delete {}", file, e);
            }
            LIVE.remove(file);
        }
    }

    /** Deletes the regular files in {@code folder} whose names match {@code ours} and that are older than a day. */
    public static void removeStale(Path folder, Pattern ours) {
        Instant cutoff = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                f -> ours.matcher(f.getFileName().toString()).matches())) {
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff)
                        && !LIVE.contains(file)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tidying up is a courtesy: it never stops the write that asked for it.
            LOG.debug("could not tidy {}", folder, e);
        }
    }
}
