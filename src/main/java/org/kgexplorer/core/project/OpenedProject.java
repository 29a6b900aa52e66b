package org.kgexplorer.core.project;

import java.nio.file.Path;
import java.util.List;

/**
 * A project read from a {@code .kgx} file or folder, with what it found wrong with its linked files. Closing it removes
 * the temporary folder a zip was extracted to (the included data's copies are read from there: close it once they are
 * loaded, or when the next project replaces it).
 *
 * @param file     the {@code .kgx} file or folder it was read from
 * @param project  the project
 * @param problems the linked files that are missing or changed since the project was saved, in source order
 * @param extracted the temporary folder a zip was extracted to, or null for a folder project
 */
public record OpenedProject(Path file, Project project, List<LinkedFile> problems, Path extracted)
        implements AutoCloseable {

    public OpenedProject {
        problems = List.copyOf(problems);
    }

    /** A linked file that is not as the project saw it. */
    public record LinkedFile(Project.Source.File source, Status status) {
        /** What is wrong with it. */
        public enum Status {
            /** No file is at its path any more. */
            MISSING,
            /** The file's bytes are not those the project saw (its SHA-256 differs). */
            CHANGED
        }
    }

    @Override
    public void close() {
        SafeZip.deleteTree(extracted);
    }
}
