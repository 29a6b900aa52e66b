package org.kgexplorer.core.explore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.kgexplorer.core.store.LoadedSource;

/**
 * Finds the text of a source document from its kgx:textResource: a path relative to a loaded file (or to a
 * folder above it, as "data/sources/x.txt" is relative to the project of "data/kg.ttl"), an absolute path or
 * file: URI, or a class-path resource (the bundled document). Texts are read once and kept; a text that cannot
 * be found is reported as absent, never as an error, so the quotes still show without their document.
 */
public final class SourceTexts {
    private final ClassLoader classLoader;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    public SourceTexts() {
        this(SourceTexts.class.getClassLoader());
    }

    SourceTexts(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The text, looked for beside the loaded files first, then on the class path. Any thread. */
    public Optional<String> text(String textResource, List<LoadedSource> loaded) {
        if (textResource == null || textResource.isBlank()) {
            return Optional.empty();
        }
        for (Path candidate : candidates(textResource, loaded)) {
            Optional<String> text = cache.computeIfAbsent(candidate.toString(), k -> readFile(candidate));
            if (text.isPresent()) {
                return text;
            }
        }
        return cache.computeIfAbsent("classpath:" + textResource, k -> readResource(textResource));
    }

    /** Forgets what was read, e.g. after new data was loaded. */
    public void clear() {
        cache.clear();
    }

    private static List<Path> candidates(String textResource, List<LoadedSource> loaded) {
        List<Path> paths = new ArrayList<>();
        try {
            if (textResource.startsWith("file:")) {
                paths.add(Path.of(URI.create(textResource)));
                return paths;
            }
            Path given = Path.of(textResource);
            if (given.isAbsolute()) {
                paths.add(given);
                return paths;
            }
            for (LoadedSource source : loaded) {
                Path file = Path.of(source.location()).toAbsolutePath().normalize();
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
                    Path candidate = dir.resolve(given).normalize();
                    if (!paths.contains(candidate)) {
                        paths.add(candidate);
                    }
                }
            }
        } catch (RuntimeException e) {
            // an IRI or path this platform cannot read: only the class path is left to try
        }
        return paths;
    }

    private static Optional<String> readFile(Path path) {
        try {
            return Files.isRegularFile(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> readResource(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = classLoader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The char range of a sentence given in code points, or empty when it lies outside the text.
     *
     * @return {start, end} as indices into the Java string
     */
    public static Optional<int[]> charRange(String text, int start, int end) {
        int points = text.codePointCount(0, text.length());
        if (start < 0 || end < start || end > points) {
            return Optional.empty();
        }
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return Optional.of(new int[] {from, to});
    }
}
