package org.kgexplorer.core.store;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The RDF files under a folder. Symbolic links to folders are followed (a user links data in on purpose); Java's
 * walk detects a link back to a folder it is inside and it is not entered again; a file reached by two ways (two
 * links to one folder) is listed once, by its real path. Hidden files and folders are skipped.
 */
final class FolderWalk {
    private FolderWalk() {
    }

    static List<Path> rdfFiles(Path root, String shown) throws DataLoadException {
        List<Path> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile() && !isHidden(file)
                            && RdfSyntax.byExtension(file.getFileName().toString()).isPresent()
                            && seen.add(file.toRealPath())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof FileSystemLoopException) {
                        // A link back to a folder being searched: its files are found once, where it really is.
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    throw e;
                }
            });
        } catch (IOException | RuntimeException e) {
            throw new DataLoadException(shown, "the folder could not be read (" + RdfInputs.describe(e) + ")");
        }
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
