package org.kgexplorer.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.Results;

/**
 * Sizes of what the installer profile built, so a growing runtime shows up: rows {@code installer-size} with
 * params {@code app-image}, {@code runtime}, {@code app} (our jars and libraries) and {@code deb} when it was
 * built, in MiB (files' bytes, not disk blocks).
 */
public final class InstallerSizeBenchmark implements Benchmark {
    @Override
    public String name() {
        return "installer-size";
    }

    @Override
    public void run(BenchContext context, Results results) throws IOException {
        Path installer = context.buildDir().resolve("installer");
        Path image = installer.resolve("kg-explorer");
        if (!Files.isDirectory(image)) {
            System.out.println("[bench] " + name() + " skipped: no application image at " + image
                    + " (mvn -B -Pinstaller,bench verify builds it in the same run)");
            return;
        }
        results.add(name(), "app-image", mib(bytes(image)), "MiB");
        results.add(name(), "runtime", mib(bytes(image.resolve("lib").resolve("runtime"))), "MiB");
        results.add(name(), "app", mib(bytes(image.resolve("lib").resolve("app"))), "MiB");
        try (Stream<Path> debs = Files.list(installer)) {
            for (Path deb : debs.filter(p -> p.toString().endsWith(".deb")).toList()) {
                results.add(name(), "deb", mib(Files.size(deb)), "MiB");
            }
        }
    }

    private static double mib(long bytes) {
        return Math.round(bytes / 1048576.0 * 10) / 10.0;
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
