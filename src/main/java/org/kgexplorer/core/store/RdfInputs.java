package org.kgexplorer.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths a user names (files and folders) into the list of RDF inputs to parse. */
public final class RdfInputs {
    private RdfInputs() {
    }

    /**
     * A file is taken as it is (its syntax by extension, or by content when the extension says nothing);
     * a folder is searched recursively for files with an RDF extension (hidden files are skipped). Symbolic links
     * to folders are followed; a link back to a folder already being searched is not followed again, and a file
     * reached by several ways is taken once.
     */
    public static List<RdfInput> of(Path named) throws DataLoadException {
        String shown = named.toString();
        Path path = Files.exists(named) ? named : undecodableName(named);
        if (path == null) {
            throw new DataLoadException(shown, "no such file or folder");
        }
        if (Files.isDirectory(path)) {
            List<Path> files = FolderWalk.rdfFiles(path, shown);
            if (files.isEmpty()) {
                throw new DataLoadException(shown, "the folder holds no RDF files (looked for .ttl, .nt, .nq, .trig, .rdf, .owl, .jsonld and their .gz)");
            }
            return files.stream().map(RdfInputs::file).toList();
        }
        if (!Files.isReadable(path)) {
            throw new DataLoadException(shown, "the file cannot be read (permission denied)");
        }
        return List.of(file(path));
    }

    /**
     * The file a name stands for when the name's bytes are not valid in the system's encoding: Java turned them
     * into U+FFFD when it read the command line, so the path does not exist as given. Listing its folder decodes
     * the entries the same way, so the one entry whose decoded name is equal is that file (its real bytes kept).
     */
    private static Path undecodableName(Path named) {
        Path name = named.getFileName();
        if (name == null || name.toString().indexOf('\uFFFD') < 0) {
            return null;
        }
        Path parent = named.toAbsolutePath().getParent();
        try (Stream<Path> entries = Files.list(parent)) {
            List<Path> same = entries.filter(p -> p.getFileName().toString().equals(name.toString())).limit(2).toList();
            return same.size() == 1 ? same.get(0) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
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

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
