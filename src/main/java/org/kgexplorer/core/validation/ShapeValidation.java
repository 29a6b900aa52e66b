package org.kgexplorer.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.store.BundledGraph;
import org.kgexplorer.core.store.KnowledgeStore;

/** SHACL validation of the loaded data against the ontology's shapes, reported in words. */
public final class ShapeValidation {
    private ShapeValidation() {
    }

    /** One problem SHACL found. */
    public record Finding(Severity severity, String focus, String focusLabel, String path, String value, String message) {
        public boolean isViolation() {
            return severity.equals(Severity.Violation);
        }

        /** The finding as one sentence. */
        public String describe() {
            StringBuilder sb = new StringBuilder(severityWord(severity)).append(": ").append(focusLabel);
            if (!focusLabel.equals(focus)) {
                sb.append(" <").append(focus).append('>');
            }
            if (path != null) {
                sb.append(", ").append(path);
            }
            if (value != null) {
                sb.append(" (value ").append(value).append(')');
            }
            return sb.append(": ").append(message).toString();
        }
    }

    /** The outcome of a validation. */
    public record Outcome(List<Finding> findings) {
        public long violations() {
            return findings.stream().filter(Finding::isViolation).count();
        }

        public boolean conforms() {
            return violations() == 0;
        }
    }

    /** Validates everything loaded (default and named graphs together) against the bundled shapes. */
    public static Outcome validate(KnowledgeStore store) throws IOException {
        Shapes shapes = Shapes.parse(bundledShapes());
        return store.readGraph(all -> {
            Graph data = GraphFactory.createGraphMem();
            all.find().forEachRemaining(data::add);
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            LabelResolver labels = new LabelResolver(data, List.of("en"));
            List<Finding> findings = new ArrayList<>();
            for (ReportEntry e : report.getEntries()) {
                Node focus = e.focusNode();
                findings.add(new Finding(e.severity(), text(focus), labels.labelOrName(focus),
                        e.resultPath() == null ? null : e.resultPath().toString(),
                        e.value() == null ? null : text(e.value()), e.message()));
            }
            return new Outcome(findings);
        });
    }

    private static Graph bundledShapes() throws IOException {
        try (InputStream in = ShapeValidation.class.getClassLoader().getResourceAsStream(BundledGraph.SHAPES)) {
            if (in == null) {
                throw new IOException("the shapes " + BundledGraph.SHAPES + " are missing from the class path");
            }
            Graph g = GraphFactory.createGraphMem();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        }
    }

    private static String text(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return "\"" + n.getLiteralLexicalForm() + "\"";
        }
        return n.toString();
    }

    private static String severityWord(Severity s) {
        if (s.equals(Severity.Violation)) {
            return "Violation";
        }
        if (s.equals(Severity.Warning)) {
            return "Warning";
        }
        return "Note";
    }
}
