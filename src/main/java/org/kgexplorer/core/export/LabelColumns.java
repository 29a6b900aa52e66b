package org.kgexplorer.core.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
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
 * it to an IRI; the rows stream through otherwise unchanged.
 */
public final class LabelColumns {
    /** Rows read ahead to decide which columns hold IRIs. */
    public static final int LOOKAHEAD = 1000;
    /** The suffix of a label column's name. */
    public static final String SUFFIX = "_label";

    private LabelColumns() {
    }

    public static ResultSet add(ResultSet rows, LabelResolver labels) {
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
        Iterator<Binding> rest = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Binding next() {
                return rows.nextBinding();
            }
        };
        Iterator<Binding> all = Iter.map(Iter.concat(ahead.iterator(), rest), b -> withLabels(b, pairs, labels));
        return ResultSetStream.create(outVars, all);
    }

    private static Binding withLabels(Binding row, List<Var[]> pairs, LabelResolver labels) {
        BindingBuilder builder = Binding.builder(row);
        for (Var[] pair : pairs) {
            Node n = row.get(pair[0]);
            if (n != null && n.isURI()) {
                builder.add(pair[1], NodeFactory.createLiteralString(labels.labelOrName(n)));
            }
        }
        return builder.build();
    }
}
