package org.kgexplorer.core.explore;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;
import org.kgexplorer.core.task.ProgressListener;

/**
 * Type-ahead search over the names of every entity: its labels in every language (the naming properties
 * {@link LabelResolver} knows, alternative labels included) and the local name of its IRI. Matching ignores
 * case and accents; a name that starts with what was typed ranks first, then one with a word that does, then
 * one that merely contains it. Built once in the background (about a second per million triples), then
 * immutable and safe to query from any thread: word-prefix queries are a binary search over the sorted word
 * starts, so they take microseconds however large the data.
 */
public final class EntityIndex implements EntitySearch, NameEntries {
    /** The most results a search returns, whatever is asked. */
    public static final int MAX_RESULTS = 200;
    /** Word starts examined per query at most (a bound for data with thousands of identical names). */
    private static final int MAX_WORD_HITS = 5_000;
    private static final char SEPARATOR = '\n';

    /** The entities' IRIs, numbered as the entities. */
    private final DenseIds<String> iris;
    /** Per entity, its English and Spanish label, or null; the name made from its IRI is made when asked. */
    private final String[] english;
    private final String[] spanish;
    /** Per entity, {@link EntityIndexBuilder#MAX_TYPES} slots of type numbers (-1 when empty). */
    private final int[] types;
    private final Names[] typeNames;
    /** Per name entry: its entity, source, original text (null for a local name), language and start in {@link #folded}. */
    private final int[] entryEntity;
    private final EntityMatch.Source[] entrySource;
    private final String[] entryText;
    private final String[] entryLanguage;
    private final int[] entryStart;
    /** Every folded name, each followed by the separator. */
    private final String folded;
    /** Offsets in {@link #folded} where a word starts, sorted by the folded text from there on. */
    private final int[] wordStarts;
    /** Per word start, how well a name matched there ranks (lower is better): name start, source, length. */
    private final int[] rank;
    /** The best-ranked word start in any range of {@link #wordStarts}. */
    private final RangeMinimum best;

    private EntityIndex(EntityIndexBuilder b, Graph graph) {
        int entities = b.entityCount();
        iris = new DenseIds<>(entities);
        for (int i = 0; i < entities; i++) {
            iris.add(b.entities.get(i).getURI());
        }
        english = b.english;
        spanish = b.spanish;
        types = Arrays.copyOf(b.types, entities * EntityIndexBuilder.MAX_TYPES);
        typeNames = b.typeNames(graph);
        EntityIndexBuilder.Entries e = b.entries;
        int n = e.size;
        entryEntity = Arrays.copyOf(e.entity, n);
        entrySource = Arrays.copyOf(e.source, n);
        entryText = Arrays.copyOf(e.text, n);
        entryLanguage = Arrays.copyOf(e.language, n);
        entryStart = new int[n];
        StringBuilder text = new StringBuilder();
        int[] starts = new int[Math.max(16, n * 3)];
        int count = 0;
        for (int i = 0; i < n; i++) {
            entryStart[i] = text.length();
            String f = folded(entrySource[i], text(i));
            for (int k = 0; k < f.length(); k++) {
                if (TextFolding.wordStartsAt(f, k)) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                    }
                    starts[count++] = entryStart[i] + k;
                }
            }
            text.append(f).append(SEPARATOR);
        }
        folded = text.toString();
        wordStarts = WordStartOrder.sort(folded, SEPARATOR, Arrays.copyOf(starts, count));
        rank = new int[wordStarts.length];
        for (int i = 0; i < wordStarts.length; i++) {
            int entry = entryAt(wordStarts[i]);
            boolean atStart = wordStarts[i] == entryStart[entry];
            rank[i] = (atStart ? 0 : 1 << 30) | (entrySource[entry].ordinal() << 28)
                    | Math.min(text(entry).length(), (1 << 28) - 1);
        }
        best = new RangeMinimum(rank);
    }

    /** The text a name is matched by: folded (case and accents ignored), a local name split into its words. */
    static String folded(EntityMatch.Source source, String text) {
        return normaliseSpaces(TextFolding.fold(source == EntityMatch.Source.LOCAL_NAME
                ? TextFolding.identifierWords(text) : text));
    }

    /** An entry's original text: the name as the data gives it, or its entity's local name. */
    private String text(int entry) {
        String t = entryText[entry];
        return t != null ? t : LabelResolver.localName(iris.get(entryEntity[entry]));
    }

    private Names names(int entity) {
        return new Names(english[entity], spanish[entity], LabelResolver.localName(iris.get(entity)));
    }

    /** The index of what {@code b} gathered, its types named from {@code graph} (inside a read transaction). */
    static EntityIndex of(EntityIndexBuilder b, Graph graph) {
        return new EntityIndex(b, graph);
    }

    /** An index of everything in the store (the default graph and every named graph). */
    public static EntityIndex build(KnowledgeStore store, ProgressListener progress, Cancellation cancellation) {
        return store.readGraph(all -> build(all, progress, cancellation));
    }

    /** An index of one graph (read it inside a read transaction). */
    public static EntityIndex build(Graph graph, ProgressListener progress, Cancellation cancellation) {
        EntityIndexBuilder names = EntityIndexBuilder.read(graph, progress, cancellation);
        cancellation.throwIfCancelled();
        EntityIndex index = new EntityIndex(names, graph);
        progress.progress(3, 3, "Indexed");
        return index;
    }


    /** Hands every name entry to {@code visitor}, entity by entity, with its folded text (what a query is matched to). */
    @Override
    public void forEachName(NameVisitor visitor, org.kgexplorer.core.task.Cancellation cancellation) {
        for (int entry = 0; entry < entryEntity.length; entry++) {
            if (entry % 10_000 == 0) {
                cancellation.throwIfCancelled();
            }
            int entity = entryEntity[entry];
            int end = entry + 1 < entryStart.length ? entryStart[entry + 1] - 1 : folded.length() - 1;
            visitor.visit(iris.get(entity), names(entity), typesOf(entity), text(entry), entryLanguage[entry],
                    entrySource[entry], folded.substring(entryStart[entry], end));
        }
    }

    /** How many entities the index holds. */
    @Override
    public int entityCount() {
        return iris.size();
    }

    /** How many names (labels, alternative labels, local names) the index holds. */
    @Override
    public int nameCount() {
        return entryText.length;
    }

    /** The names of an indexed entity, if it is one. */
    @Override
    public java.util.Optional<Names> names(String iri) {
        int i = iris.indexOf(iri);
        return i < 0 ? java.util.Optional.empty() : java.util.Optional.of(names(i));
    }

    /** The entities whose names match {@code query}, best first, one result per entity, at most {@code limit}. */
    @Override
    public List<EntityMatch> search(String query, int limit) {
        String q = normaliseSpaces(TextFolding.fold(query)).trim();
        int cap = Math.max(0, Math.min(limit, MAX_RESULTS));
        if (q.isEmpty() || cap == 0) {
            return List.of();
        }
        Map<Integer, Hit> found = new HashMap<>();
        int from = lowerBound(q);
        int to = upperBound(q, from);
        // Names that are exactly the query sort first in the range (the separator sorts before any letter).
        for (int i = from; i < to && i < from + MAX_WORD_HITS; i++) {
            int offset = wordStarts[i];
            if (folded.charAt(offset + q.length()) != SEPARATOR) {
                break;
            }
            int entry = entryAt(offset);
            offer(found, hit(entry, offset == entryStart[entry] ? EntityMatch.Kind.EXACT : EntityMatch.Kind.WORD));
        }
        // Then the best-ranked word starts of the range, a few at a time, until enough entities are found.
        java.util.PriorityQueue<int[]> ranges = new java.util.PriorityQueue<>(Comparator.comparingInt((int[] r) -> rank[r[2]])
                .thenComparingInt(r -> r[2]));
        if (from < to) {
            ranges.add(new int[] {from, to, best.argMin(from, to)});
        }
        int pops = 0;
        while (!ranges.isEmpty() && found.size() < cap + 8 && pops++ < MAX_WORD_HITS) {
            int[] r = ranges.poll();
            int m = r[2];
            int offset = wordStarts[m];
            int entry = entryAt(offset);
            EntityMatch.Kind kind = offset != entryStart[entry] ? EntityMatch.Kind.WORD
                    : entryLength(entry) == q.length() ? EntityMatch.Kind.EXACT : EntityMatch.Kind.PREFIX;
            offer(found, hit(entry, kind));
            if (r[0] < m) {
                ranges.add(new int[] {r[0], m, best.argMin(r[0], m)});
            }
            if (m + 1 < r[1]) {
                ranges.add(new int[] {m + 1, r[1], best.argMin(m + 1, r[1])});
            }
        }
        if (found.size() < cap) {
            int at = folded.indexOf(q);
            while (at >= 0 && found.size() < cap) {
                int entry = entryAt(at);
                if (!found.containsKey(entryEntity[entry])) {
                    offer(found, hit(entry, TextFolding.wordStartsAt(folded, at)
                            ? EntityMatch.Kind.WORD : EntityMatch.Kind.SUBSTRING));
                }
                at = folded.indexOf(q, at + 1);
            }
        }
        return found.values().stream().sorted(RANKING).limit(cap).map(this::match).toList();
    }

    /** The first word start at or after {@code from} whose text does not start with {@code q}. */
    private int upperBound(String q, int from) {
        int lo = from;
        int hi = wordStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareToQuery(wordStarts[mid], q) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private record Hit(int entry, EntityMatch.Kind kind, EntityMatch.Source source, String text) {
    }

    private static final Comparator<Hit> RANKING = Comparator.comparing(Hit::kind)
            .thenComparing(Hit::source)
            .thenComparingInt(h -> h.text().length())
            .thenComparing(Hit::text);

    private Hit hit(int entry, EntityMatch.Kind kind) {
        return new Hit(entry, kind, entrySource[entry], text(entry));
    }

    private void offer(Map<Integer, Hit> best, Hit hit) {
        best.merge(entryEntity[hit.entry], hit, (a, b) -> RANKING.compare(a, b) <= 0 ? a : b);
    }

    private EntityMatch match(Hit h) {
        int entity = entryEntity[h.entry];
        return new EntityMatch(iris.get(entity), names(entity), typesOf(entity), h.text(), entryLanguage[h.entry],
                entrySource[h.entry], h.kind);
    }

    private List<Names> typesOf(int entity) {
        List<Names> ts = new java.util.ArrayList<>(EntityIndexBuilder.MAX_TYPES);
        for (int k = 0; k < EntityIndexBuilder.MAX_TYPES; k++) {
            int t = types[entity * EntityIndexBuilder.MAX_TYPES + k];
            if (t >= 0) {
                ts.add(typeNames[t]);
            }
        }
        return List.copyOf(ts);
    }

    private int entryLength(int entry) {
        int end = entry + 1 < entryStart.length ? entryStart[entry + 1] - 1 : folded.length() - 1;
        return end - entryStart[entry];
    }

    private int entryAt(int offset) {
        int i = Arrays.binarySearch(entryStart, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The first word start whose text is not less than {@code q}. */
    private int lowerBound(String q) {
        int lo = 0;
        int hi = wordStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareToQuery(wordStarts[mid], q) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Compares the text at {@code offset} (as long as the query) with the query. */
    private int compareToQuery(int offset, String q) {
        for (int k = 0; k < q.length(); k++) {
            int at = offset + k;
            if (at >= folded.length()) {
                return -1;
            }
            int c = Character.compare(folded.charAt(at), q.charAt(k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static String normaliseSpaces(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (space && (c != ' ' || (i > 0 && Character.isWhitespace(s.charAt(i - 1))))) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

}
