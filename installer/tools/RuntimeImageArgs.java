import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Works out, with jdeps, which modules the trimmed runtime needs and which JavaFX internals the class-path
 * libraries reach into, and writes them as argument files for jlink and jpackage (ADR 0005).
 *
 * <pre>
 * java installer/tools/RuntimeImageArgs.java INPUT_DIR JAVAFX_DIR ADD DROP OUT_DIR
 *   INPUT_DIR   the application jar and its lib/ (JavaFX left out)
 *   JAVAFX_DIR  the modular JavaFX jars for this platform
 *   ADD         modules jdeps cannot see (service providers), comma-separated
 *   DROP        modules jdeps sees but the application never reaches, comma-separated
 *   OUT_DIR     gets jlink.args (--add-modules ...) and jpackage-java-options.args (--add-exports ...)
 * </pre>
 *
 * Run by the {@code installer} Maven profile with the JDK that runs Maven; a single-file program, so it needs no
 * build of its own.
 */
public final class RuntimeImageArgs {
    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: INPUT_DIR JAVAFX_DIR ADD DROP OUT_DIR");
        }
        Path input = Path.of(args[0]);
        Path javafx = Path.of(args[1]);
        Set<String> add = split(args[2]);
        Set<String> drop = split(args[3]);
        Path out = Path.of(args[4]);

        List<String> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(input)) {
            files.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().forEach(jars::add);
        }
        try (Stream<Path> files = Files.list(input.resolve("lib"))) {
            files.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().forEach(jars::add);
        }
        List<String> common = List.of("--multi-release", "17", "--ignore-missing-deps", "--module-path", javafx.toString());

        String printed = jdeps(common, List.of("--print-module-deps"), jars).trim();
        Set<String> found = split(printed.substring(printed.lastIndexOf('\n') + 1));
        Set<String> modules = new TreeSet<>(found);
        modules.removeAll(drop);
        modules.addAll(add);
        for (String d : drop) {
            if (!found.contains(d)) {
                System.out.println("[runtime] note: " + d + " is in the drop list but jdeps no longer finds it");
            }
        }

        // "pkg -> internalPkg module (internal)": a class-path library using a package JavaFX does not export.
        // From the class path (java -jar) nothing is encapsulated; in the runtime image JavaFX is a named module,
        // so each such package is exported to the class path to keep the two alike.
        Set<String> exports = new TreeSet<>();
        for (String line : jdeps(common, List.of("-verbose:package"), jars).split("\\R")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 5 && f[1].equals("->") && f[3].startsWith("javafx.") && line.contains("(internal)")) {
                exports.add("--add-exports=" + f[3] + "/" + f[2] + "=ALL-UNNAMED");
            }
        }

        Files.createDirectories(out);
        Files.writeString(out.resolve("jlink.args"), "--add-modules " + String.join(",", modules) + "\n");
        Files.writeString(out.resolve("jpackage-java-options.args"), exports.stream()
                .map(e -> "--java-options " + e).collect(Collectors.joining("\n", "", exports.isEmpty() ? "" : "\n")));
        System.out.println("[runtime] jdeps finds:  " + String.join(",", found));
        System.out.println("[runtime] dropped:      " + String.join(",", drop));
        System.out.println("[runtime] added:        " + String.join(",", add));
        System.out.println("[runtime] modules:      " + String.join(",", modules));
        exports.forEach(e -> System.out.println("[runtime] java option:  " + e));
    }

    private static String jdeps(List<String> common, List<String> mode, List<String> jars) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps in this JDK"));
        List<String> args = new ArrayList<>(common);
        args.addAll(mode);
        args.addAll(jars);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("jdeps failed (" + code + "): " + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Set<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
