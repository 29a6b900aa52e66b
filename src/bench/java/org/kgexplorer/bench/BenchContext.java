package org.kgexplorer.bench;

import java.nio.file.Path;

/** Where things are and how often to repeat, from system properties the Maven profile sets (see src/bench/README.md). */
public final class BenchContext {
    private final Path projectDir;
    private final Path buildDir;

    public BenchContext(Path projectDir, Path buildDir) {
        this.projectDir = projectDir;
        this.buildDir = buildDir;
    }

    /** The repository root. */
    public Path projectDir() {
        return projectDir;
    }

    /** Maven's {@code target/}. */
    public Path buildDir() {
        return buildDir;
    }

    /** {@code target/bench/}: results, logs and anything a benchmark builds for itself. */
    public Path benchDir() {
        return buildDir.resolve("bench");
    }

    /** How many measured runs a benchmark makes of one figure, {@code -Dbench.runs=N} (N &gt; 0), else its own default. */
    public int runs(int fallback) {
        int runs = Integer.getInteger("bench.runs", 0);
        return runs > 0 ? runs : fallback;
    }
}
