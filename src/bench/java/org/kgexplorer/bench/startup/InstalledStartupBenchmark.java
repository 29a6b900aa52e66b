package org.kgexplorer.bench.startup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.Results;

/**
 * Start-up of the installed application, from its native launcher to the window showing the bundled graph, cold
 * (page cache dropped before each start) and warm, beside a hello-world JavaFX window packaged the same way; plus the
 * class-data-sharing variants ADR 0005 compares. Needs the application image: {@code mvn -B -Pinstaller,bench verify}.
 *
 * <p>Rows: {@code startup-installed} (as shipped: the runtime's archive holds the JDK and JavaFX classes of a start),
 * {@code startup-hello}, {@code startup-installed-noshare} (no CDS at all), {@code startup-installed-jdkcds} (the
 * JDK's default archive, what {@code jlink --generate-cds-archive} gives) and {@code startup-installed-appcds} (a
 * dynamic AppCDS archive of everything, from one earlier start of the window), each {@code cold} and
 * {@code warm}, the median of {@code -Dbench.runs} starts (default 5 cold, 10 warm), in ms. The variants take turns
 * round by round, so a change in the machine's load falls on all of them alike. Each also gets {@code cold-cpu} and
 * {@code warm-cpu}: the processor time the process used until its window showed, the figure to compare variants by
 * when other work shares the machine.
 */
public final class InstalledStartupBenchmark implements Benchmark {
    @Override
    public String name() {
        return "startup";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        Path image = context.buildDir().resolve("installer").resolve("kg-explorer");
        Path launcher = image.resolve("bin").resolve("kg-explorer");
        if (!Files.isExecutable(launcher)) {
            // The installer profile was not in this run: the other benchmarks still run (mvn -B -Pbench verify).
            System.out.println("[bench] " + name() + " skipped: no application image at " + image
                    + " (mvn -B -Pinstaller,bench verify builds it in the same run)");
            return;
        }
        Path work = context.benchDir().resolve("startup");
        deleteTree(work);
        Path logs = Files.createDirectories(work.resolve("logs"));
        Path helloLauncher = packageHello(image, work);
        Path home = Files.createDirectories(work.resolve("home"));
        int coldRuns = context.runs(5);
        int warmRuns = context.runs(10);

        try (VirtualDisplay display = VirtualDisplay.open(logs)) {
            Map<String, String> env = Map.of("DISPLAY", display.name(),
                    "XDG_CONFIG_HOME", home.resolve("config").toString(),
                    "XDG_CACHE_HOME", home.resolve("cache").toString(),
                    "XDG_DATA_HOME", home.resolve("data").toString());

            // AppCDS on JDK 17: a dynamic archive is written when the JVM exits after one start, and used after.
            Path archive = work.resolve("kg-explorer-dynamic.jsa");
            WindowStart.measure(launcher, "-XX:ArchiveClassesAtExit=" + archive, env, work.resolve("train.probe"),
                    logs.resolve("appcds-train.log"), false);
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("No AppCDS archive was written; see " + logs.resolve("appcds-train.log"));
            }

            // What jlink --generate-cds-archive would ship: the JDK's own default class list, no JavaFX.
            Path jdkArchive = work.resolve("jdk-default.jsa");
            Path java = image.resolve("lib").resolve("runtime").resolve("bin").resolve("java");
            Process dump = new ProcessBuilder(java.toString(), "-Xshare:dump", "-XX:SharedArchiveFile=" + jdkArchive)
                    .redirectErrorStream(true).redirectOutput(logs.resolve("jdk-cds-dump.log").toFile()).start();
            if (dump.waitFor() != 0 || !Files.isRegularFile(jdkArchive)) {
                throw new IllegalStateException("No JDK default CDS archive; see " + logs.resolve("jdk-cds-dump.log"));
            }

            List<Variant> variants = List.of(
                    new Variant("startup-hello", helloLauncher, ""),
                    new Variant("startup-installed", launcher, ""),
                    new Variant("startup-installed-noshare", launcher, "-Xshare:off"),
                    new Variant("startup-installed-jdkcds", launcher, "-XX:SharedArchiveFile=" + jdkArchive),
                    new Variant("startup-installed-appcds", launcher, "-XX:SharedArchiveFile=" + archive + " -Xlog:cds=off"));
            System.out.println("[bench] load average before: " + loadAverage());
            // Round by round, each variant once per round, so a change in the machine's load falls on all alike.
            for (int round = 0; round < coldRuns; round++) {
                for (Variant v : variants) {
                    v.cold.add(WindowStart.measure(v.launcher, v.jvmOptions, env, work.resolve(v.name + ".probe"),
                            logs.resolve(v.name + "-cold-" + round + ".log"), true));
                }
            }
            for (Variant v : variants) {
                WindowStart.measure(v.launcher, v.jvmOptions, env, work.resolve(v.name + ".probe"),
                        logs.resolve(v.name + "-warmup.log"), false);
            }
            for (int round = 0; round < warmRuns; round++) {
                for (Variant v : variants) {
                    v.warm.add(WindowStart.measure(v.launcher, v.jvmOptions, env, work.resolve(v.name + ".probe"),
                            logs.resolve(v.name + "-warm-" + round + ".log"), false));
                }
            }
            System.out.println("[bench] load average after: " + loadAverage());
            for (Variant v : variants) {
                System.out.println("[bench] " + v.name + " cold " + v.cold + " warm " + v.warm);
                results.add(v.name, "cold", median(v.cold.stream().map(WindowStart.Times::wallMs).toList()), "ms");
                results.add(v.name, "warm", median(v.warm.stream().map(WindowStart.Times::wallMs).toList()), "ms");
                results.add(v.name, "cold-cpu", median(v.cold.stream().map(WindowStart.Times::cpuMs).toList()), "ms");
                results.add(v.name, "warm-cpu", median(v.warm.stream().map(WindowStart.Times::cpuMs).toList()), "ms");
            }
        }
    }

    /** One way of starting, and its measured starts in ms. */
    private record Variant(String name, Path launcher, String jvmOptions, List<WindowStart.Times> cold,
                           List<WindowStart.Times> warm) {
        Variant(String name, Path launcher, String jvmOptions) {
            this(name, launcher, jvmOptions, new ArrayList<>(), new ArrayList<>());
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    /**
     * Packages {@link HelloWindow} as KG Explorer is packaged: its own jar on the class path, the application
     * image's runtime, the same launcher and the same JVM options (read from the image's launcher configuration).
     */
    private static Path packageHello(Path image, Path work) throws IOException {
        Path input = Files.createDirectories(work.resolve("hello-input"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, HelloWindow.class.getName());
        Path classes;
        try {
            classes = Path.of(HelloWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String prefix = HelloWindow.class.getName().replace('.', '/');
        try (OutputStream file = Files.newOutputStream(input.resolve("hello.jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest);
             Stream<Path> all = Files.walk(classes)) {
            for (Path c : all.filter(p -> classes.relativize(p).toString().replace('\\', '/').startsWith(prefix)).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                Files.copy(c, jar);
                jar.closeEntry();
            }
        }
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--name", "hello", "--input", input.toString(),
                "--main-jar", "hello.jar", "--main-class", HelloWindow.class.getName(),
                "--runtime-image", image.resolve("lib").resolve("runtime").toString(),
                "--dest", work.toString()));
        for (String line : Files.readAllLines(image.resolve("lib").resolve("app").resolve("kg-explorer.cfg"))) {
            if (line.startsWith("java-options=") && !line.contains("jpackage.app-version")) {
                args.add("--java-options");
                args.add(line.substring("java-options=".length()));
            }
        }
        ToolProvider jpackage = ToolProvider.findFirst("jpackage")
                .orElseThrow(() -> new IllegalStateException("This JDK has no jpackage"));
        int code = jpackage.run(System.out, System.err, args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("jpackage failed for the hello-world window (exit " + code + ")");
        }
        return work.resolve("hello").resolve("bin").resolve("hello");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
