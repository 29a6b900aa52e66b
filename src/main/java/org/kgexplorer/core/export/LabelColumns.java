package org.kgexplorer.core.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.Collection;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.kgexplorer.core.labels.LabelResolver;

/**
 * Adds a label column after each IRI column of a SELECT answer: column {@code x} is followed by
 * {@code x_label}. A column counts as an IRI column when any of the first {@value #LOOKAHEAD} rows binds
 * it to an IRI; the rows stream through otherwise unchanged, {@value #LOOKAHEAD} at a time, the names of each such
 * block's IRIs asked at once (an endpoint's in {@code VALUES} batches, not one request per IRI).
 */
public final class LabelColumns {
    /** Rows read ahead to decide which columns hold IRIs. */
    public static final int LOOKAHEAD = 1000;
    /** The suffix of a label column's name. */
    public static final String SUFFIX = "_label";

    private LabelColumns() {
    }

    /** The labels of a block's IRIs, by IRI. */
    @FunctionalInterface
    public interface Labeller {
        Map<Node, String> labels(Collection<Node> iris);
    }

    /** With labels from {@code labels} (a graph holding every name). */
    public static ResultSet add(ResultSet rows, LabelResolver labels) {
        return add(rows, iris -> {
            Map<Node, String> found = new HashMap<>();
            iris.forEach(n -> found.put(n, labels.labelOrName(n)));
            return found;
        });
    }

    /** With the labels {@code labeller} gives, asked once per block of {@value #LOOKAHEAD} rows. */
    public static ResultSet add(ResultSet rows, Labeller labeller) {
        List<Var> vars = Var.varList(rows.getResultVars());
        List<Binding> ahead = new ArrayList<>();
        while (ahead.size() < LOOKAHEAD && rows.hasNext()) {
            ahead.add(rows.nextBinding());
        }
        Set<Var> iriVars = new HashSet<>();
        for (Binding b : ahead) {
            for (Var v : vars) {
                Node n = b.get(v);
                if (n != null && n.isURI()) {
                    iriVars.add(v);
                }
            }
        }
        Set<String> taken = new HashSet<>(rows.getResultVars());
        List<Var> outVars = new ArrayList<>();
        List<Var[]> pairs = new ArrayList<>();
        for (Var v : vars) {
            outVars.add(v);
            if (iriVars.contains(v)) {
                String name = v.getVarName() + SUFFIX;
                while (!taken.add(name)) {
                    name = name + "_";
                }
                Var label = Var.alloc(name);
                outVars.add(label);
                pairs.add(new Var[] {v, label});
            }
        }
        Iterator<Binding> all = new Iterator<>() {
            private List<Binding> block = ahead;
            private Iterator<Binding> labelled;

            @Override
            public boolean hasNext() {
                while (labelled == null || !labelled.hasNext()) {
                    if (block == null) {
                        block = new ArrayList<>();
                        while (block.size() < LOOKAHEAD && rows.hasNext()) {
                            block.add(rows.nextBinding());
                        }
                    }
                    if (block.isEmpty()) {
                        return false;
                    }
                    labelled = labelled(block, pairs, labeller).iterator();
                    block = null;
                }
                return true;
            }

            @Override
            public Binding next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return labelled.next();
            }
        };
        return ResultSetStream.create(outVars, all);
    }

    private static List<Binding> labelled(List<Binding> block, List<Var[]> pairs, Labeller labeller) {
        if (pairs.isEmpty()) {
            return block;
        }
        Set<Node> iris = new LinkedHashSet<>();
        for (Binding row : block) {
            for (Var[] pair : pairs) {
                Node n = row.get(pair[0]);
                if (n != null && n.isURI()) {
                    iris.add(n);
                }
            }
        }
        Map<Node, String> labels = iris.isEmpty() ? Map.of() : labeller.labels(iris);
        List<Binding> out = new ArrayList<>(block.size());
        for (Binding row : block) {
            BindingBuilder builder = Binding.builder(row);
            for (Var[] pair : pairs) {
                Node n = row.get(pair[0]);
                if (n != null && n.isURI()) {
                    String label = labels.get(n);
                    builder.add(pair[1], NodeFactory.createLiteralString(label != null ? label : LabelResolver.localName(n.getURI())));
                }
            }
            out.add(builder.build());
        }
        return out;
    }
}
