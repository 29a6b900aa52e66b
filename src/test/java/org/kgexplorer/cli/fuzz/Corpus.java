package org.kgexplorer.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fuzz corpus: per target, the seeds the mutator starts from and every past finding, kept as regression
 * inputs, under {@code src/test/resources/fuzz/TARGET/} (see the README there).
 */
final class Corpus {
    private Corpus() {
    }

    /** The corpus files of a target, in name order (so a replay is the same every time). */
    static List<Path> files(FuzzTarget target) {
        URL root = Corpus.class.getResource("/fuzz/" + target.folder());
        if (root == null) {
            throw new IllegalStateException("no fuzz corpus for " + target.folder() + " on the test class path");
        }
        try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
