package org.kgexplorer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.kgexplorer.core.remote.EndpointException;
import org.kgexplorer.core.remote.RemoteStore;
import org.kgexplorer.core.store.DataSummary;
import org.kgexplorer.core.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats}: how many triples, graphs, and how often each class and property is used. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Counts the loaded data: distinct triples (default graph and named graphs together), "
                + "named graphs, then the classes by instances and the properties by triples, most used first. "
                + "With --store, the counts kept in the database when it was loaded.",
                "Output: 'triples: N', 'graphs: N', then 'class: LABEL <IRI> N' and 'property: LABEL <IRI> N' lines."})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    DataOptions dataOptions;

    @Mixin
    EndpointOptions endpointOptions;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "With --endpoint: stop counting after this many seconds; the classes and properties are "
                    + "left out, with a note, when only they did not finish.")
    Double timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CliFailure {
        endpointOptions.check();
        if (timeoutSeconds != null && !endpointOptions.given()) {
            throw new CliFailure(ExitCode.USAGE, "--timeout is for stats --endpoint URL: local data is counted whole");
        }
        if (timeoutSeconds != null && !(timeoutSeconds > 0)) {
            throw new CliFailure(ExitCode.USAGE, "--timeout must be a positive number of seconds");
        }
        String text;
        try {
            if (endpointOptions.given()) {
                long timeoutMillis = timeoutSeconds == null ? 0 : Math.max(1, Math.round(timeoutSeconds * 1000));
                RemoteStore store = endpointOptions.open(timeoutMillis);
                DataSummary summary = store.summary(List.of("en"), timeoutMillis);
                text = report(summary) + (summary.usageCounted() ? ""
                        : "note: classes and properties not counted within " + seconds(timeoutSeconds) + " s" + System.lineSeparator());
            } else if (dataOptions.store != null) {
                KnowledgeStore store = dataOptions.load();
                text = report(store.summary(List.of("en")));
            } else {
                text = report(dataOptions.countFiles(List.of("en")));
            }
        } catch (EndpointException e) {
            throw EndpointOptions.failure(e);
        } catch (OutOfMemoryError e) {
            // the counts or their report (a line per class and property, held until all is known) outgrew the heap
            throw new CliFailure(ExitCode.DATA, DataOptions.OUT_OF_MEMORY);
        } finally {
            dataOptions.close();
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** The whole report, written only once it is complete: a failure leaves stdout empty. */
    private static String report(DataSummary summary) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("triples: " + summary.triples());
        out.println("graphs: " + summary.graphs());
        summary.classes().forEach(c -> out.println("class: " + oneLine(c.label()) + " <" + c.iri() + "> " + c.count()));
        summary.properties().forEach(p -> out.println("property: " + oneLine(p.label()) + " <" + p.iri() + "> " + p.count()));
        out.flush();
        return text.toString();
    }

    /** 5 for 5.0, 0.5 for 0.5: the seconds as the user gave them. */
    private static String seconds(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
