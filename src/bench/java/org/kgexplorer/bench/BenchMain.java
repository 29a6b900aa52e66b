package org.kgexplorer.bench;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the benchmarks and overwrites {@code target/bench/results.csv}. Finds them by looking through the compiled
 * benchmark classes for concrete {@link Benchmark} implementations, in name order; {@code -Dbench=REGEX} keeps
 * those whose {@link Benchmark#name()} it finds.
 *
 * <pre>java -cp ... org.kgexplorer.bench.BenchMain PROJECT_DIR BUILD_DIR BENCH_CLASSES_DIR</pre>
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: PROJECT_DIR BUILD_DIR BENCH_CLASSES_DIR");
        }
        BenchContext context = new BenchContext(Path.of(args[0]), Path.of(args[1]));
        Pattern only = Pattern.compile(System.getProperty("bench", ""));
        List<Benchmark> benchmarks = new ArrayList<>();
        for (Benchmark b : discover(Path.of(args[2]))) {
            if (only.matcher(b.name()).find()) {
                benchmarks.add(b);
            }
        }
        if (benchmarks.isEmpty()) {
            throw new IllegalStateException("No benchmark matches -Dbench=" + only);
        }
        Results results = new Results();
        List<String> failed = new ArrayList<>();
        for (Benchmark b : benchmarks) {
            System.out.println("[bench] running " + b.name());
            long start = System.nanoTime();
            try {
                b.run(context, results);
            } catch (Exception | AssertionError e) {
                failed.add(b.name() + ": " + e);
                e.printStackTrace();
            }
            System.out.printf(java.util.Locale.ROOT, "[bench] %s took %.1f s%n", b.name(), (System.nanoTime() - start) / 1e9);
        }
        Path file = context.benchDir().resolve("results.csv");
        results.write(file);
        System.out.println("[bench] " + results.rows().size() + " rows written to " + file);
        if (!failed.isEmpty()) {
            failed.forEach(f -> System.err.println("[bench] FAILED " + f));
            System.exit(1);
        }
    }

    static List<Benchmark> discover(Path classesDir) throws IOException, ReflectiveOperationException {
        List<Benchmark> found = new ArrayList<>();
        // only this package's subtree: the benchmarks are compiled among the tests
        try (Stream<Path> files = Files.walk(classesDir.resolve(BenchMain.class.getPackageName().replace('.', '/')))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .sorted().toList()) {
                String name = classesDir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        BenchMain.class.getClassLoader());
                if (Benchmark.class.isAssignableFrom(type) && !type.isInterface()
                        && !Modifier.isAbstract(type.getModifiers())) {
                    found.add((Benchmark) type.getConstructor().newInstance());
                }
            }
        }
        found.sort(Comparator.comparing(Benchmark::name));
        return found;
    }
}
