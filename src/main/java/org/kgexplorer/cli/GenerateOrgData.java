package org.kgexplorer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.kgexplorer.core.generate.OrgDataGenerator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes generated ORG-shaped test data to a file, for benchmarks and trials by hand (README, "Generated data").
 * Not one of the application's commands (cli.md): run it by class name from the packaged jar.
 *
 * <pre>java -cp target/kg-explorer.jar org.kgexplorer.cli.GenerateOrgData --triples 1000000 --seed 1 org-1m.nt.gz</pre>
 */
@Command(name = "generate-org-data", mixinStandardHelpOptions = true,
        description = {"Writes about N triples of generated ORG-shaped data (countries, agencies, task forces, "
                + "memberships with roles, obligations, evidence sentences) in the bundled ontology's terms; "
                + "the same seed and size give the same file.",
                "Output: 'triples: N' once the file is written whole."})
public final class GenerateOrgData implements Callable<Integer> {
    @Option(names = "--triples", paramLabel = "N", required = true, description = "How many triples, at least 1000.")
    long triples;

    @Option(names = "--seed", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Parameters(paramLabel = "FILE", description = "Where to write: .nt or .ttl, optionally .gz.")
    Path file;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateOrgData()).execute(args));
    }

    @Override
    public Integer call() {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!name.matches("(?i).+\\.(nt|ttl)(\\.gz)?")) {
            spec.commandLine().getErr().println(file + ": name the file .nt or .ttl (with .gz for gzip)");
            return ExitCode.USAGE;
        }
        if (triples < 1_000) {
            spec.commandLine().getErr().println("--triples " + triples + ": the generator makes at least 1000 triples");
            return ExitCode.USAGE;
        }
        try {
            long written = new OrgDataGenerator(seed, triples).write(file);
            spec.commandLine().getOut().println("triples: " + written);
            return ExitCode.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println(file + ": could not be written (" + e.getMessage() + ")");
            return ExitCode.OUTPUT;
        }
    }
}
