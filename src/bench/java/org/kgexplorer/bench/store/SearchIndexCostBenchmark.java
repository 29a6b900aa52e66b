package org.kgexplorer.bench.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.kgexplorer.bench.BenchContext;
import org.kgexplorer.bench.Benchmark;
import org.kgexplorer.bench.ChildProcess;
import org.kgexplorer.bench.Results;
import org.kgexplorer.core.explore.DatabaseIndexes;
import org.kgexplorer.core.explore.TextFolding;
import org.kgexplorer.core.generate.OrgDataGenerator;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.query.completion.KeptCompletion;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * What the window's indexes cost a staged {@code load --store} in processor time, and what Lucene needs at the least
 * for the same names (ADR 38): the figures behind {@code load-tdb2}'s goal, which compares a load that makes them with
 * Jena's loader, which makes none. On N generated ORG-shaped triples (seed 1, as {@code load-tdb2}; N is 10,000,000
 * unless {@code -Dbench.search-index-cost.triples=N}), in this JVM, every figure in processor seconds (all threads):
 *
 * <ul>
 * <li>{@code search-index-cost-gather,N}: the two watchers of a load ({@link DatabaseIndexes.Watcher},
 * {@link KeptCompletion.Watcher}) given every statement, less the generator's own time;</li>
 * <li>{@code search-index-cost-make,N}: the search index, class tree and completion index made from what they gathered
 * ({@code DatabaseIndexes.keepUpToDate}, {@code KeptCompletion.keepUpToDate}), as {@code load} makes them after the
 * data is in;</li>
 * <li>{@code search-index-cost-floor-words,N}: a Lucene index of the same names with only what a word-start search
 * needs, no stored field, no identifier: one term per word-start suffix (its first 20 characters, as the kept index
 * does) and a rank, sorted by rank; {@code -floor-tokens}: the same with the names' words as tokens instead (a
 * search would then need positions); {@code -floor-docvalues}: only the rank, no term at all.</li>
 * </ul>
 * Each figure the second of two passes (the first warms the JIT up); the floors' names are folded before the clock
 * starts, their documents made as they are added.
 */
public final class SearchIndexCostBenchmark implements Benchmark {
    private static final int WORD_TERM = 20;

    @Override
    public String name() {
        return "search-index-cost";
    }

    @Override
    public void run(BenchContext context, Results results) throws Exception {
        long n = Long.getLong("bench.search-index-cost.triples", 10_000_000L);
        String param = Long.toString(n);
        Path dir = Files.createDirectories(context.benchDir().resolve("search-index-cost"));
        JenaSystem.init();
        ChildProcess.logLoad(name(), "before");
        double gather = 0;
        double make = 0;
        for (int pass = 0; pass < 2; pass++) {
            long t = cpu();
            new OrgDataGenerator(1, n).generate(new StreamRDFBase());
            long generator = cpu() - t;
            Path db = dir.resolve("db");
            ChildProcess.deleteTree(db);
            try (TdbStore store = TdbStore.open(db, true)) {
                DatabaseIndexes.Watcher search = new DatabaseIndexes.Watcher();
                KeptCompletion.Watcher completion = new KeptCompletion.Watcher();
                search.staged();
                completion.staged();
                t = cpu();
                new OrgDataGenerator(1, n).generate(new Watching(search, completion));
                gather = (cpu() - t - generator) / 1e9;
                t = cpu();
                DatabaseIndexes.keepUpToDate(store, search, ProgressListener.silent(), new Cancellation());
                KeptCompletion.keepUpToDate(store, completion, ProgressListener.silent(), new Cancellation());
                make = (cpu() - t) / 1e9;
            }
            ChildProcess.deleteTree(db);
            System.out.printf(java.util.Locale.ROOT, "[bench] search-index-cost pass %d: gather %.1f s, make %.1f s%n",
                    pass + 1, gather, make);
        }
        results.add("search-index-cost-gather", param, gather, "s-cpu");
        results.add("search-index-cost-make", param, make, "s-cpu");
        List<String> names = names(n);
        System.out.println("[bench] search-index-cost: " + names.size() + " names");
        for (String floor : List.of("words", "tokens", "docvalues")) {
            double s = 0;
            for (int pass = 0; pass < 2; pass++) {
                Path index = dir.resolve("floor");
                ChildProcess.deleteTree(index);
                long t = cpu();
                try (FSDirectory d = FSDirectory.open(index);
                     IndexWriter w = new IndexWriter(d, new IndexWriterConfig()
                             .setIndexSort(new Sort(new SortField("rank", SortField.Type.LONG)))
                             .setRAMBufferSizeMB(512).setUseCompoundFile(false))) {
                    for (String name : names) {
                        w.addDocument(document(name, floor));
                    }
                    w.commit();
                }
                s = (cpu() - t) / 1e9;
                ChildProcess.deleteTree(index);
            }
            System.out.printf(java.util.Locale.ROOT, "[bench] search-index-cost floor %s: %.1f s%n", floor, s);
            results.add("search-index-cost-floor-" + floor, param, s, "s-cpu");
        }
        ChildProcess.logLoad(name(), "after");
    }

    /** Processor time of every thread of this JVM so far, in ns. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The data's names as the search index has them: every naming literal of an IRI subject, and its local name; not
     * those of reification statements (a first pass finds them), which the index leaves out.
     */
    private static List<String> names(long n) {
        Node type = RDF.type.asNode();
        Node statement = RDF.Statement.asNode();
        Set<String> statements = new HashSet<>();
        new OrgDataGenerator(1, n).generate(new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                if (t.getSubject().isURI() && t.getPredicate().equals(type) && t.getObject().equals(statement)) {
                    statements.add(t.getSubject().getURI());
                }
            }
        });
        Set<Node> naming = new HashSet<>(LabelResolver.LABEL_PROPERTIES);
        Set<String> subjects = new HashSet<>();
        List<String> names = new ArrayList<>();
        new OrgDataGenerator(1, n).generate(new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                if (!t.getSubject().isURI() || statements.contains(t.getSubject().getURI())) {
                    return;
                }
                if (subjects.add(t.getSubject().getURI())) {
                    names.add(TextFolding.fold(LabelResolver.localName(t.getSubject().getURI())));
                }
                if (naming.contains(t.getPredicate()) && t.getObject().isLiteral()) {
                    names.add(TextFolding.fold(t.getObject().getLiteralLexicalForm()));
                }
            }
        });
        return names;
    }

    private static Document document(String name, String floor) {
        Document doc = new Document();
        if (floor.equals("words")) {
            for (int k = 0; k < name.length(); k++) {
                if (TextFolding.wordStartsAt(name, k)) {
                    doc.add(new StringField("word", name.substring(k, Math.min(name.length(), k + WORD_TERM)), Field.Store.NO));
                }
            }
        } else if (floor.equals("tokens")) {
            doc.add(new TextField("word", name, Field.Store.NO));
        }
        doc.add(new NumericDocValuesField("rank", name.length()));
        return doc;
    }

    /** Hands the generator's statements to the watchers, as a staged load does while it parses. */
    private static final class Watching extends StreamRDFBase {
        private final DatabaseIndexes.Watcher search;
        private final KeptCompletion.Watcher completion;

        Watching(DatabaseIndexes.Watcher search, KeptCompletion.Watcher completion) {
            this.search = search;
            this.completion = completion;
        }

        @Override
        public void triple(Triple t) {
            search.statement(t);
            completion.statement(t);
        }
    }
}
