package org.kgexplorer.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths a user names (files and folders) into the list of RDF inputs to parse. */
public final class RdfInputs {
    private RdfInputs() {
    }

    /**
     * A file is taken as it is (its syntax by extension, or by content when the extension says nothing);
     * a folder is searched recursively for files with an RDF extension (hidden files are skipped).
     */
    public static List<RdfInput> of(Path path) throws DataLoadException {
        String shown = path.toString();
        if (!Files.exists(path)) {
            throw new DataLoadException(shown, "no such file or folder");
        }
        if (Files.isDirectory(path)) {
            List<RdfInput> found = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !isHidden(path, p))
                        .filter(p -> RdfSyntax.byExtension(p.getFileName().toString()).isPresent())
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(p -> found.add(file(p)));
            } catch (IOException | RuntimeException e) {
                throw new DataLoadException(shown, "the folder could not be read (" + describe(e) + ")");
            }
            if (found.isEmpty()) {
                throw new DataLoadException(shown, "the folder holds no RDF files (looked for .ttl, .nt, .nq, .trig, .rdf, .owl, .jsonld and their .gz)");
            }
            return found;
        }
        if (!Files.isReadable(path)) {
            throw new DataLoadException(shown, "the file cannot be read (permission denied)");
        }
        return List.of(file(path));
    }

    /** All inputs for several paths, in the order given. */
    public static List<RdfInput> of(List<Path> paths) throws DataLoadException {
        List<RdfInput> all = new ArrayList<>();
        for (Path p : paths) {
            all.addAll(of(p));
        }
        return all;
    }

    /** A class-path resource, e.g. the bundled graph. */
    public static RdfInput resource(String resourcePath) {
        String name = resourcePath.substring(resourcePath.lastIndexOf('/') + 1);
        return new RdfInput(name, resourcePath, "https://kgexplorer.org/bundled/" + resourcePath, -1,
                RdfSyntax.isGzip(name), () -> {
                    var in = RdfInputs.class.getClassLoader().getResourceAsStream(resourcePath);
                    if (in == null) {
                        throw new NoSuchFileException(resourcePath, null, "not on the class path");
                    }
                    return in;
                });
    }

    private static RdfInput file(Path p) {
        long size;
        try {
            size = Files.size(p);
        } catch (IOException e) {
            size = -1;
        }
        Path absolute = p.toAbsolutePath().normalize();
        return new RdfInput(p.getFileName().toString(), p.toString(), absolute.toUri().toString(), size,
                RdfSyntax.isGzip(p.getFileName().toString()), () -> Files.newInputStream(p));
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
