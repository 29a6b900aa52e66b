package org.kgexplorer.core.explore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/**
 * The classes of the loaded data (declared as rdfs:Class or owl:Class, or used with rdf:type) arranged by
 * rdfs:subClassOf, each with the number of its own instances and of its instances together with those of
 * its subclasses. A class with several superclasses appears under each; a class whose superclasses form a
 * cycle is shown as a root. Immutable once built.
 */
public final class ClassTree {
    /** A count that did not finish within an endpoint's time limit (ADR 41): shown as "many". */
    public static final int MANY = -1;
    /** A count not made yet (an endpoint's tree shows before its counts, ADR 41): shown as "counting…". */
    public static final int COUNTING = -2;

    private final Map<String, ClassNode> classes;
    private final List<String> roots;
    /** A class's own instances: kept from the build, or read from the data when asked (a kept tree). */
    private final java.util.function.Function<String, List<Node>> directInstances;

    /**
     * One class.
     *
     * @param iri           the class
     * @param names         its names
     * @param parents       its superclasses among the classes of the tree
     * @param children      its subclasses among the classes of the tree
     * @param directCount   resources typed with exactly this class
     * @param totalCount    distinct resources typed with it or any of its subclasses
     */
    public record ClassNode(String iri, Names names, List<String> parents, List<String> children, int directCount,
                            int totalCount) {
        // Written out: tree cells compare items on the JavaFX thread, and a record's generated equals spins its
        // method handles there on first use (tens of milliseconds in the middle of a load).
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof ClassNode n && directCount == n.directCount && totalCount == n.totalCount
                    && iri.equals(n.iri) && names.equals(n.names) && parents.equals(n.parents)
                    && children.equals(n.children);
        }

        @Override
        public int hashCode() {
            return Objects.hash(iri, names, parents, children, directCount, totalCount);
        }
    }

    private ClassTree(Map<String, ClassNode> classes, List<String> roots,
                      java.util.function.Function<String, List<Node>> directInstances) {
        this.classes = classes;
        this.roots = roots;
        this.directInstances = directInstances;
    }

    /**
     * A tree of the given classes (a class with a negative count was not counted), whose own instances
     * {@code directInstances} reads when asked (an endpoint's, ADR 41).
     */
    public static ClassTree of(Map<String, ClassNode> classes, java.util.function.Function<String, List<Node>> directInstances) {
        Map<String, ClassNode> nodes = new LinkedHashMap<>(classes);
        return new ClassTree(nodes, roots(nodes), directInstances);
    }

    /** The class tree of everything in the store. */
    public static ClassTree build(KnowledgeStore store, Cancellation cancellation) {
        return store.readGraph(all -> build(all, cancellation));
    }

    /** The class tree of one graph (read it inside a read transaction). */
    public static ClassTree build(Graph graph, Cancellation cancellation) {
        Collector collector = new Collector(true);
        long seen = 0;
        for (var it = graph.find(Node.ANY, RDF.type.asNode(), Node.ANY); it.hasNext(); ) {
            if (++seen % 50_000 == 0) {
                cancellation.throwIfCancelled();
            }
            collector.accept(it.next());
        }
        graph.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(collector::accept);
        cancellation.throwIfCancelled();
        return collector.finish(graph, cancellation);
    }

    /**
     * Gathers what a class tree is made from, one triple at a time, in any order and with repeats (a graph's
     * {@code rdf:type} and {@code rdfs:subClassOf} triples, or every statement of a load as it is parsed, ADR 38).
     * Not thread-safe: one thread gives it the triples, then calls {@link #finish}.
     */
    public static final class Collector {
        private static final Node TYPE = RDF.type.asNode();
        private static final Node SUBCLASS = RDFS.subClassOf.asNode();
        private static final Node RDFS_CLASS = RDFS.Class.asNode();
        private static final Node OWL_CLASS = OWL.Class.asNode();
        private final boolean keepInstances;
        private final Set<Node> classNodes = new LinkedHashSet<>();
        private final Map<Node, Integer> instanceIds = new HashMap<>();
        private final Map<Node, Set<Integer>> direct = new LinkedHashMap<>();
        private final Map<Node, List<Node>> directNodes = new HashMap<>();
        private final List<Node[]> subclasses = new ArrayList<>();

        /** {@code keepInstances}: whether the tree keeps each class's instances (else it reads none). */
        public Collector(boolean keepInstances) {
            this.keepInstances = keepInstances;
        }

        /** How many typed resources and subclass pairs it holds so far. */
        public long size() {
            return instanceIds.size() + (long) subclasses.size();
        }

        public void accept(Triple t) {
            Node p = t.getPredicate();
            if (p.equals(TYPE)) {
                Node c = t.getObject();
                if (!c.isURI() && !c.isBlank()) {
                    return;
                }
                if (c.equals(RDFS_CLASS) || c.equals(OWL_CLASS)) {
                    classNodes.add(t.getSubject());
                }
                classNodes.add(c);
                Integer id = instanceIds.computeIfAbsent(t.getSubject(), k -> instanceIds.size());
                if (direct.computeIfAbsent(c, k -> new HashSet<>()).add(id) && keepInstances) {
                    directNodes.computeIfAbsent(c, k -> new ArrayList<>()).add(t.getSubject());
                }
            } else if (p.equals(SUBCLASS)) {
                subclasses.add(new Node[] {t.getSubject(), t.getObject()});
            }
        }

        /**
         * The tree of what was given, its classes named from {@code labelsFrom} (inside a read transaction); without
         * kept instances it lists none (a tree made only to be kept: the kept one reads them from the data).
         */
        public ClassTree finish(Graph labelsFrom, Cancellation cancellation) {
            classNodes.removeIf(c -> !c.isURI());
            Map<Node, List<Node>> parents = new HashMap<>();
            Map<Node, List<Node>> children = new HashMap<>();
            for (Node[] pair : subclasses) {
                Node sub = pair[0];
                Node sup = pair[1];
                if (!sub.equals(sup) && classNodes.contains(sub) && classNodes.contains(sup)) {
                    addOnce(parents.computeIfAbsent(sub, k -> new ArrayList<>()), sup);
                    addOnce(children.computeIfAbsent(sup, k -> new ArrayList<>()), sub);
                }
            }
            // Read in any order: superclasses and subclasses listed by IRI, so every build gives the same tree.
            java.util.Comparator<Node> byIri = java.util.Comparator.comparing(Node::getURI);
            parents.values().forEach(l -> l.sort(byIri));
            children.values().forEach(l -> l.sort(byIri));
            cancellation.throwIfCancelled();
            LabelResolver english = new LabelResolver(labelsFrom, List.of("en"));
            LabelResolver spanish = new LabelResolver(labelsFrom, List.of("es"));
            Map<String, ClassNode> nodes = new LinkedHashMap<>();
            Map<String, List<Node>> kept = new HashMap<>();
            for (Node c : classNodes) {
                cancellation.throwIfCancelled();
                BitSet all = new BitSet();
                for (Node d : descendantsAndSelf(c, children)) {
                    direct.getOrDefault(d, Set.of()).forEach(all::set);
                }
                nodes.put(c.getURI(), new ClassNode(c.getURI(), Names.of(c, english, spanish),
                        iris(parents.get(c)), iris(children.get(c)), direct.getOrDefault(c, Set.of()).size(),
                        all.cardinality()));
                if (keepInstances) {
                    kept.put(c.getURI(), directNodes.getOrDefault(c, List.of()));
                }
            }
            return new ClassTree(nodes, roots(nodes), iri -> kept.getOrDefault(iri, List.of()));
        }
    }

    /**
     * This tree after new instances were typed with its classes (ADR 36): {@code direct} and {@code total} say by how
     * much each class's own and total counts grow; the classes, their names and their places are as they were, and
     * so are the instances as this tree reads them.
     */
    public ClassTree withMoreInstances(Map<String, Integer> direct, Map<String, Integer> total) {
        Map<String, ClassNode> nodes = new LinkedHashMap<>();
        for (ClassNode n : classes.values()) {
            nodes.put(n.iri(), new ClassNode(n.iri(), n.names(), n.parents(), n.children(),
                    n.directCount() + direct.getOrDefault(n.iri(), 0), n.totalCount() + total.getOrDefault(n.iri(), 0)));
        }
        return new ClassTree(nodes, roots, directInstances);
    }

    /**
     * This tree with its counts (an endpoint's, counted after it showed): a class's own and total count from
     * {@code direct} and {@code total} (absent: 0), or {@link #MANY} for every class when a map is null (its count
     * did not finish in time); the classes, their places and their instances are as they were.
     */
    public ClassTree withCounts(Map<String, Long> direct, Map<String, Long> total) {
        Map<String, ClassNode> nodes = new LinkedHashMap<>();
        for (ClassNode n : classes.values()) {
            nodes.put(n.iri(), new ClassNode(n.iri(), n.names(), n.parents(), n.children(), count(direct, n.iri()),
                    count(total, n.iri())));
        }
        return new ClassTree(nodes, roots, directInstances);
    }

    private static int count(Map<String, Long> counts, String iri) {
        return counts == null ? MANY : (int) Math.min(Integer.MAX_VALUE, counts.getOrDefault(iri, 0L));
    }

    /** Whether some class has not been counted yet ({@link #COUNTING}). */
    public boolean counting() {
        return classes.values().stream().anyMatch(n -> n.directCount() == COUNTING || n.totalCount() == COUNTING);
    }

    /** The class and every class above it, each once (a cycle of superclasses is followed once). */
    public Set<String> ancestorsAndSelf(String iri) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(iri);
        while (!todo.isEmpty()) {
            String n = todo.pop();
            ClassNode node = classes.get(n);
            if (node != null && seen.add(n)) {
                node.parents().forEach(todo::push);
            }
        }
        return seen;
    }

    private static final String FORMAT = "kgx-class-tree 1";

    /**
     * Writes the tree without its instances (ADR 36): a line naming the format and {@code generation}, then a line
     * per class (IRI, English, Spanish and fallback names, own and total counts, superclasses, subclasses), tab
     * separated, a tab, a newline or a backslash in a name escaped with a backslash.
     */
    public void write(java.io.Writer out, String generation) throws java.io.IOException {
        out.write(FORMAT + "\t" + escape(generation) + "\n");
        for (ClassNode n : classes.values()) {
            out.write(String.join("\t", escape(n.iri()), optional(n.names().english()), optional(n.names().spanish()),
                    escape(n.names().fallback()), Integer.toString(n.directCount()), Integer.toString(n.totalCount()),
                    escape(String.join(" ", n.parents())), escape(String.join(" ", n.children()))));
            out.write("\n");
        }
    }

    /**
     * A tree {@link #write written} for data of {@code generation}, whose instances are read from {@code store} when
     * asked; empty when the text is of another generation or not such a tree.
     */
    public static Optional<ClassTree> read(java.io.BufferedReader in, String generation, KnowledgeStore store)
            throws java.io.IOException {
        String head = in.readLine();
        if (head == null || !head.equals(FORMAT + "\t" + escape(generation))) {
            return Optional.empty();
        }
        Map<String, ClassNode> nodes = new LinkedHashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] f = line.split("\t", -1);
            if (f.length != 8) {
                return Optional.empty();
            }
            nodes.put(unescape(f[0]), new ClassNode(unescape(f[0]),
                    new Names(fromOptional(f[1]), fromOptional(f[2]), unescape(f[3])),
                    words(unescape(f[6])), words(unescape(f[7])), Integer.parseInt(f[4]), Integer.parseInt(f[5])));
        }
        return Optional.of(new ClassTree(nodes, roots(nodes), iri -> store.readGraph(graph -> {
            Set<Node> found = new LinkedHashSet<>();
            graph.find(Node.ANY, RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI(iri))
                    .forEachRemaining(t -> found.add(t.getSubject()));
            return List.copyOf(found);
        })));
    }

    private static List<String> words(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(" "));
    }

    private static String optional(String s) {
        return s == null ? "" : "+" + escape(s);
    }

    private static String fromOptional(String s) {
        return s.isEmpty() ? null : unescape(s.substring(1));
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                out.append(e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void addOnce(List<Node> list, Node n) {
        if (!list.contains(n)) {
            list.add(n);
        }
    }

    private static List<String> iris(List<Node> nodes) {
        return nodes == null ? List.of() : nodes.stream().map(Node::getURI).toList();
    }

    private static Set<Node> descendantsAndSelf(Node c, Map<Node, List<Node>> children) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(c);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (seen.add(n)) {
                children.getOrDefault(n, List.of()).forEach(todo::push);
            }
        }
        return seen;
    }

    /** Classes without a superclass, and one class of each cycle that no root reaches. */
    private static List<String> roots(Map<String, ClassNode> nodes) {
        List<String> roots = new ArrayList<>();
        Set<String> reached = new HashSet<>();
        for (ClassNode n : nodes.values()) {
            if (n.parents().isEmpty()) {
                roots.add(n.iri());
                reach(n.iri(), nodes, reached);
            }
        }
        for (ClassNode n : nodes.values()) {
            if (!reached.contains(n.iri())) {
                roots.add(n.iri());
                reach(n.iri(), nodes, reached);
            }
        }
        return List.copyOf(roots);
    }

    private static void reach(String iri, Map<String, ClassNode> nodes, Set<String> reached) {
        Deque<String> todo = new ArrayDeque<>();
        todo.push(iri);
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (reached.add(n)) {
                nodes.get(n).children().forEach(todo::push);
            }
        }
    }

    /** The top classes. */
    public List<ClassNode> roots() {
        return roots.stream().map(classes::get).toList();
    }

    /** The direct subclasses of a class. */
    public List<ClassNode> children(ClassNode node) {
        return node.children().stream().map(classes::get).toList();
    }

    public Optional<ClassNode> get(String iri) {
        return Optional.ofNullable(classes.get(iri));
    }

    /** How many classes there are. */
    public int size() {
        return classes.size();
    }

    /** The distinct instances of a class, and, when asked, of its subclasses. */
    public List<Node> instances(String classIri, boolean withSubclasses) {
        if (!withSubclasses) {
            return directInstances.apply(classIri);
        }
        Set<Node> all = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.push(classIri);
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (seen.add(c) && classes.containsKey(c)) {
                all.addAll(directInstances.apply(c));
                classes.get(c).children().forEach(todo::push);
            }
        }
        return List.copyOf(all);
    }
}
