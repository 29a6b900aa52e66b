package org.kgexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.kgexplorer.core.validation.ShapeValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: SHACL validation of the loaded data against the ontology's shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks the loaded data against the SHACL shapes of the ontology (ontology/shapes.ttl) "
                + "and prints what it found in words.",
                "Exit 0 when there are no violations (warnings are printed but do not fail), 1 when there are."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    DataOptions dataOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CliFailure {
        ShapeValidation.Outcome outcome;
        String text;
        try {
            outcome = ShapeValidation.validate(dataOptions.load());
            text = report(outcome);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.DATA, e.getMessage());
        } catch (OutOfMemoryError e) {
            // the validation or its report (a line per finding, held until all is known) outgrew the heap
            throw new CliFailure(ExitCode.DATA, DataOptions.OUT_OF_MEMORY);
        } finally {
            dataOptions.close();
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return outcome.conforms() ? ExitCode.OK : ExitCode.VIOLATIONS;
    }

    /** The whole report, written only once it is complete: a failure leaves stdout empty. */
    private static String report(ShapeValidation.Outcome outcome) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        outcome.findings().forEach(f -> out.println(f.describe()));
        long violations = outcome.violations();
        long others = outcome.findings().size() - violations;
        if (outcome.findings().isEmpty()) {
            out.println("The data conforms to the shapes: no violations, no warnings.");
        } else {
            out.println((outcome.conforms() ? "The data conforms to the shapes: " : "The data does not conform to the shapes: ")
                    + plural(violations, "violation") + ", " + plural(others, "warning") + ".");
        }
        out.flush();
        return text.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
