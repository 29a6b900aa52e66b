package org.kgexplorer.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Extracts a project's zip into a new temporary folder, refusing what could reach outside it or fill the disk (ADR 43):
 * entries named with {@code ..}, an absolute path, a drive or a backslash; links; the same name twice; more than
 * {@link #MAX_ENTRIES} entries; an entry that inflates past {@link #MAX_ENTRY_BYTES}, all of them past
 * {@link #MAX_TOTAL_BYTES}, or one past {@link #MAX_RATIO} times its compressed size once above
 * {@link #RATIO_FLOOR}. Sizes are counted on the bytes as they inflate, never taken from the headers. A refusal
 * removes the folder and everything in it.
 */
final class SafeZip {
    /** At most this many entries (a project of 100 tabs, views and data files has about 300). */
    static final int MAX_ENTRIES = 10_000;
    /** No entry inflates past 2 GiB. */
    static final long MAX_ENTRY_BYTES = 2L << 30;
    /** All entries together inflate to at most 4 GiB. */
    static final long MAX_TOTAL_BYTES = 4L << 30;
    /** An entry larger than {@link #RATIO_FLOOR} inflates to at most this many times its compressed size. */
    static final long MAX_RATIO = 100;
    /** Entries up to 1 MiB are not held to the ratio (a small, repetitive file compresses very well). */
    static final long RATIO_FLOOR = 1L << 20;

    private static final Pattern SEGMENT = Pattern.compile("[^/\\\\:\\x00-\\x1f]+");

    private SafeZip() {
    }

    /** The limits, so tests can lower them. */
    record Limits(int entries, long entryBytes, long totalBytes, long ratio, long ratioFloor) {
        static final Limits DEFAULT = new Limits(MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, MAX_RATIO, RATIO_FLOOR);
    }

    /** Extracts {@code zip} into a new temporary folder and returns it; a refusal is one sentence naming the file. */
    static Path extract(Path zip, Limits limits) throws ProjectException {
        String name = String.valueOf(zip.getFileName());
        Path folder;
        try {
            folder = Files.createTempDirectory("kgx-project-");
        } catch (IOException e) {
            throw new ProjectException(name + ": no temporary folder to open it in (" + e.getMessage() + ")", e);
        }
        boolean done = false;
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntriesInPhysicalOrder());
            if (entries.size() > limits.entries()) {
                throw new ProjectException(name + " is refused: it holds " + entries.size() + " entries, more than the "
                        + limits.entries() + " a project may hold");
            }
            Set<String> seen = new HashSet<>();
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                String entryName = entry.getName();
                checkName(name, entryName);
                if (entry.isUnixSymlink()) {
                    throw new ProjectException(name + " is refused: its entry " + entryName + " is a link");
                }
                String key = entryName.endsWith("/") ? entryName.substring(0, entryName.length() - 1) : entryName;
                if (!seen.add(key.toLowerCase(Locale.ROOT))) {
                    throw new ProjectException(name + " is refused: it holds " + entryName + " twice");
                }
                Path target = folder.resolve(entryName).normalize();
                if (!target.startsWith(folder) || target.equals(folder)) {
                    throw new ProjectException(name + " is refused: its entry " + entryName + " points outside the project");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                if (!file.canReadEntryData(entry)) {
                    throw new ProjectException(name + " is refused: its entry " + entryName
                            + " is compressed or encrypted in a way this program does not read");
                }
                total += copy(name, entry, file, target, limits, limits.totalBytes() - total);
            }
            done = true;
            return folder;
        } catch (ProjectException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ProjectException(name + " is damaged or is not a project (" + oneLine(e) + ")", e);
        } finally {
            if (!done) {
                deleteTree(folder);
            }
        }
    }

    private static void checkName(String zip, String entryName) throws ProjectException {
        String trimmed = entryName.endsWith("/") ? entryName.substring(0, entryName.length() - 1) : entryName;
        if (trimmed.isEmpty() || trimmed.startsWith("/")) {
            throw new ProjectException(zip + " is refused: its entry \"" + entryName + "\" has an absolute path");
        }
        for (String segment : trimmed.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new ProjectException(zip + " is refused: its entry " + entryName + " climbs out with \"..\"");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                throw new ProjectException(zip + " is refused: its entry \"" + entryName.replaceAll("[\\x00-\\x1f]", "?")
                        + "\" is not a plain relative path");
            }
        }
    }

    /** Copies one entry, counting what inflates; returns its size. */
    private static long copy(String zip, ZipArchiveEntry entry, ZipFile file, Path target, Limits limits,
                             long totalLeft) throws IOException, ProjectException {
        long compressed = Math.max(1, entry.getCompressedSize());
        long count = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = file.getInputStream(entry);
             OutputStream out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.CREATE_NEW)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                count += n;
                if (count > limits.entryBytes()) {
                    throw new ProjectException(zip + " is refused: its entry " + entry.getName() + " inflates past "
                            + mib(limits.entryBytes()));
                }
                if (count > totalLeft) {
                    throw new ProjectException(zip + " is refused: its entries inflate past " + mib(limits.totalBytes()));
                }
                if (count > limits.ratioFloor() && count / compressed > limits.ratio()) {
                    throw new ProjectException(zip + " is refused: its entry " + entry.getName()
                            + " inflates more than " + limits.ratio() + " times (a zip bomb?)");
                }
                out.write(buffer, 0, n);
            }
        }
        return count;
    }

    private static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** Removes a folder and all it holds, without following links; what cannot be removed stays. */
    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the system's temporary-file cleaning
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // left for the system's temporary-file cleaning
        }
    }
}
