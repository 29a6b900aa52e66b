package org.kgexplorer.bench;

/**
 * One benchmark: measures something and adds its figures to the results. {@link BenchMain} runs every concrete
 * class implementing this interface that it finds among the compiled benchmarks, so adding a benchmark is adding a
 * class (with a public no-argument constructor) under {@code src/bench/java}.
 */
public interface Benchmark {
    /** Short and stable, used to pick benchmarks with {@code -Dbench=REGEX}; usually the first column of its rows. */
    String name();

    /** Runs the measurements and adds one row per figure; throwing fails the whole benchmark run. */
    void run(BenchContext context, Results results) throws Exception;
}
