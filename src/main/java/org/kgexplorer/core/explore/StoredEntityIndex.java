package org.kgexplorer.core.explore;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kgexplorer.core.task.Cancellation;

/**
 * The entity search of a database, kept on disk beside the database's own files (ADR 36): a Lucene index with one
 * document per name, made once from the data's names (gathered while a load parses it, or read from the database,
 * ADR 38) and opened in milliseconds afterwards, so a
 * large database is searchable as soon as it opens. It answers as {@link EntityIndex} does, matching the folded name
 * (case and accents ignored): a name that is the query, then one that starts with it, then one with a word that
 * starts with it; among each, a preferred label before an alternative one before a local name, a shorter name
 * first. (Unlike {@link EntityIndex} it does not look inside words.) The documents are sorted by that order on disk
 * (in each of its segments), so a query of one letter reads only the first documents that match in each.
 *
 * <p>The index records the generation of the data it was made from; {@link #open} refuses an index of another
 * generation (the database changed since), which is then made again.
 */
public final class StoredEntityIndex implements EntitySearch, Closeable {
    private static final String GENERATION = "generation";
    private static final String ENTITIES = "entities";
    private static final String NAMES = "names";
    private static final String IRI = "iri";
    private static final String NAME = "name";
    private static final String WORD = "word";
    private static final String RANK = "rank";
    private static final String TEXT = "text";
    private static final String LANGUAGE = "lang";
    private static final String SOURCE = "source";
    private static final String LABELS = "labels";
    private static final String TYPE = "type";
    /** Lucene's limit for one term is 32,766 bytes; names longer than this are matched by their start. */
    private static final int LONGEST_TERM = 2_000;
    /**
     * A word-start suffix is indexed by its first characters only (ADR 38): most of an index's terms are these, and
     * cut short many are shared, which halves what Lucene hashes and sorts. A longer query is matched by each of its
     * own word starts' first characters, then checked against the whole name.
     */
    static final int WORD_TERM = 20;
    private static final char UNIT = '\u001f';
    private static final Sort ORDER = new Sort(new SortField(RANK, SortField.Type.LONG));

    private final Directory directory;
    private final DirectoryReader reader;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final IndexSearcher searcher;
    private final int entities;
    private final int names;

    private StoredEntityIndex(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        Map<String, String> data = userData(reader);
        this.entities = Integer.parseInt(data.getOrDefault(ENTITIES, "0"));
        this.names = Integer.parseInt(data.getOrDefault(NAMES, "0"));
    }

    private static Map<String, String> userData(DirectoryReader reader) {
        try {
            return reader.getIndexCommit().getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the index in {@code folder} if it was made from data of this {@code generation}; empty when there is none,
     * or it is of another generation or unreadable (then {@link #build} makes it again).
     */
    public static Optional<StoredEntityIndex> open(Path folder, String generation) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Directory dir = null;
        try {
            dir = FSDirectory.open(folder);
            DirectoryReader reader = DirectoryReader.open(dir);
            if (!generation.equals(userData(reader).get(GENERATION))) {
                reader.close();
                dir.close();
                return Optional.empty();
            }
            return Optional.of(new StoredEntityIndex(dir, reader));
        } catch (IOException | RuntimeException e) {
            closeQuietly(dir);
            return Optional.empty();
        }
    }

    /**
     * Writes {@code from} as the index in {@code folder} for data of {@code generation}, in a folder beside it that
     * replaces it only once complete (a cancel or a crash leaves the old index or none, never half of one), and
     * opens it.
     */
    static StoredEntityIndex build(Path folder, String generation, NameEntries from, Cancellation cancellation)
            throws IOException {
        Path staging = folder.resolveSibling(folder.getFileName() + "-tmp");
        deleteTree(staging);
        Files.createDirectories(staging);
        boolean done = false;
        try {
            try (Directory dir = FSDirectory.open(staging);
                 IndexWriter writer = new IndexWriter(dir, bulk(new IndexWriterConfig()
                         .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                         .setIndexSort(ORDER)
                         .setCommitOnClose(false)))) {
                addAll(writer, from, iri -> true, cancellation);
                cancellation.throwIfCancelled();
                Map<String, String> data = new LinkedHashMap<>();
                data.put(GENERATION, generation);
                data.put(ENTITIES, Integer.toString(from.entityCount()));
                data.put(NAMES, Integer.toString(from.nameCount()));
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
            cancellation.throwIfCancelled();
            deleteTree(folder);
            Files.createDirectories(folder.getParent());
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } finally {
            if (!done) {
                deleteTree(staging);
            }
        }
        return open(folder, generation).orElseThrow(() -> new IOException(folder + ": the index just written cannot be read"));
    }

    /**
     * A writer's settings for writing a whole index at once (ADR 38): a large buffer (an eighth of the heap, from 64
     * to 1,024 MB) so that there are few segments to merge, and no compound files (each segment would be copied once
     * more into one).
     */
    private static IndexWriterConfig bulk(IndexWriterConfig config) {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        org.apache.lucene.index.TieredMergePolicy merges = new org.apache.lucene.index.TieredMergePolicy();
        merges.setNoCFSRatio(0);
        return config.setRAMBufferSizeMB(Math.max(64, Math.min(1024, heapMb / 8)))
                .setUseCompoundFile(false)
                .setMergePolicy(merges);
    }

    /**
     * Brings the index in {@code folder} from data of generation {@code before} to generation {@code after}, entity by
     * entity: every document of the {@code entities} named is deleted, and {@code from}'s names of those entities (an
     * index of just what names them, made from the data after the change) are added in their place, in one Lucene
     * commit (a cancel or a crash leaves the index of {@code before}, which is then made again). False, and nothing
     * changed, when the index is missing or of another generation than {@code before}.
     */
    public static boolean update(Path folder, String before, String after, NameEntries from,
                                 java.util.Set<String> entities, Cancellation cancellation) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Directory dir = FSDirectory.open(folder)) {
            Map<String, String> data;
            int gone = 0;
            int goneNames = 0;
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                data = new LinkedHashMap<>(userData(reader));
                if (!before.equals(data.get(GENERATION))) {
                    return false;
                }
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String iri : entities) {
                    int n = searcher.count(new TermQuery(new Term(IRI, iri)));
                    if (n > 0) {
                        gone++;
                        goneNames += n;
                    }
                }
            }
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setIndexSort(ORDER)
                    .setCommitOnClose(false))) {
                for (String iri : entities) {
                    writer.deleteDocuments(new Term(IRI, iri));
                }
                java.util.Set<String> added = new java.util.HashSet<>();
                int addedNames = addAll(writer, from, iri -> {
                    if (!entities.contains(iri)) {
                        return false;
                    }
                    added.add(iri);
                    return true;
                }, cancellation);
                cancellation.throwIfCancelled();
                data.put(GENERATION, after);
                data.put(ENTITIES, Integer.toString(Integer.parseInt(data.getOrDefault(ENTITIES, "0")) - gone + added.size()));
                data.put(NAMES, Integer.toString(Integer.parseInt(data.getOrDefault(NAMES, "0")) - goneNames + addedNames));
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
        }
        return true;
    }

    /** Documents handed to an indexing thread at a time. */
    private static final int BATCH = 512;

    /**
     * Adds a document for each of {@code from}'s names whose entity {@code keep} accepts; how many were added. The
     * documents are made in this thread and added by one other, in the order made (ADR 38): names that rank the same
     * are then found in the same order by every index made from the same data (by several adding threads, in
     * whichever order they flushed), and an index made again answers as the one it replaces.
     */
    private static int addAll(IndexWriter writer, NameEntries from, java.util.function.Predicate<String> keep,
                              Cancellation cancellation) throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kgx-search-index-writer");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.Semaphore waiting = new java.util.concurrent.Semaphore(2);
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        int[] added = new int[1];
        java.util.concurrent.atomic.AtomicReference<List<Document>> batch =
                new java.util.concurrent.atomic.AtomicReference<>(new ArrayList<>(BATCH));
        Runnable send = () -> {
            List<Document> docs = batch.getAndSet(new ArrayList<>(BATCH));
            try {
                waiting.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            pool.execute(() -> {
                try {
                    for (Document doc : docs) {
                        if (failed.get() != null) {
                            return;
                        }
                        writer.addDocument(doc);
                    }
                } catch (IOException | RuntimeException e) {
                    failed.compareAndSet(null, e);
                } finally {
                    waiting.release();
                }
            });
        };
        try {
            from.forEachName((iri, entityNames, types, text, language, source, folded) -> {
                if (failed.get() == null && keep.test(iri)) {
                    batch.get().add(document(iri, entityNames, types, text, language, source, folded));
                    added[0]++;
                    if (batch.get().size() == BATCH) {
                        send.run();
                    }
                }
            }, cancellation);
            if (!batch.get().isEmpty()) {
                send.run();
            }
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(Long.MAX_VALUE, java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable f = failed.get();
        if (f instanceof IOException e) {
            throw e;
        }
        if (f instanceof RuntimeException e) {
            throw e;
        }
        return added[0];
    }

    private static Document document(String iri, Names entityNames, List<Names> types, String text, String language,
                                     EntityMatch.Source source, String folded) {
        Document doc = new Document();
        doc.add(new StringField(IRI, iri, Field.Store.YES));
        String name = clip(folded);
        doc.add(new StringField(NAME, name, Field.Store.NO));
        for (int k = 0; k < name.length(); k++) {
            if (TextFolding.wordStartsAt(name, k)) {
                doc.add(new StringField(WORD, name.substring(k, Math.min(name.length(), k + WORD_TERM)), Field.Store.NO));
            }
        }
        doc.add(new NumericDocValuesField(RANK, ((long) source.ordinal() << 32) | Math.min(text.length(), Integer.MAX_VALUE)));
        doc.add(new StoredField(TEXT, text));
        doc.add(new StoredField(LANGUAGE, language == null ? "" : language));
        doc.add(new StoredField(SOURCE, source.ordinal()));
        doc.add(new StoredField(LABELS, join(entityNames)));
        for (Names type : types) {
            doc.add(new StoredField(TYPE, join(type)));
        }
        return doc;
    }

    private static String clip(String s) {
        return s.length() <= LONGEST_TERM ? s : s.substring(0, LONGEST_TERM);
    }

    private static String join(Names n) {
        return (n.english() == null ? "" : "+" + n.english()) + UNIT + (n.spanish() == null ? "" : "+" + n.spanish())
                + UNIT + (n.fallback() == null ? "" : n.fallback());
    }

    private static Names split(String s) {
        String[] parts = s.split(String.valueOf(UNIT), -1);
        return new Names(parts[0].isEmpty() ? null : parts[0].substring(1),
                parts[1].isEmpty() ? null : parts[1].substring(1), parts[2]);
    }

    @Override
    public List<EntityMatch> search(String query, int limit) {
        String q = EntityIndex.normaliseSpaces(TextFolding.fold(query)).trim();
        int cap = Math.max(0, Math.min(limit, EntityIndex.MAX_RESULTS));
        if (q.isEmpty() || cap == 0) {
            return List.of();
        }
        String term = clip(q);
        Map<String, EntityMatch> found = new LinkedHashMap<>();
        // A search that began before the index was closed finishes on it; one that begins after finds nothing.
        if (!reader.tryIncRef()) {
            return List.of();
        }
        try {
            StoredFields stored = searcher.storedFields();
            collect(new TermQuery(new Term(NAME, term)), EntityMatch.Kind.EXACT, cap, found, stored, null);
            collect(new PrefixQuery(new Term(NAME, term)), EntityMatch.Kind.PREFIX, cap, found, stored, null);
            collect(wordQuery(term), EntityMatch.Kind.WORD, cap, found, stored, term.length() <= WORD_TERM ? null
                    : doc -> wordStartsWith(clip(EntityIndex.folded(source(doc), doc.get(TEXT))), term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            decRef();
        }
        return List.copyOf(found.values());
    }

    /**
     * Names with a word that starts with {@code term}: its first {@link #WORD_TERM} characters as the start of an
     * indexed word, and so for each later word start of a longer term (each is a word start of the name too, as far
     * into it). Every name that matches is among those found; a longer term's are then checked whole.
     */
    private static Query wordQuery(String term) {
        if (term.length() <= WORD_TERM) {
            return new PrefixQuery(new Term(WORD, term));
        }
        org.apache.lucene.search.BooleanQuery.Builder all = new org.apache.lucene.search.BooleanQuery.Builder();
        for (int j = 0; j < term.length(); j++) {
            if (j == 0 || TextFolding.wordStartsAt(term, j)) {
                String part = term.substring(j, Math.min(term.length(), j + WORD_TERM));
                all.add(new PrefixQuery(new Term(WORD, part)), org.apache.lucene.search.BooleanClause.Occur.FILTER);
            }
        }
        return new org.apache.lucene.search.ConstantScoreQuery(all.build());
    }

    /** Whether a word of the folded name starts with {@code term}. */
    private static boolean wordStartsWith(String folded, String term) {
        for (int k = folded.indexOf(term); k >= 0; k = folded.indexOf(term, k + 1)) {
            if (TextFolding.wordStartsAt(folded, k)) {
                return true;
            }
        }
        return false;
    }

    private static EntityMatch.Source source(Document doc) {
        return EntityMatch.Source.values()[doc.getField(SOURCE).numericValue().intValue()];
    }

    /**
     * Adds the best-ranked matches of one kind, one per entity not found yet, until there are {@code cap}; with a
     * {@code check}, only documents it accepts.
     */
    private void collect(Query query, EntityMatch.Kind kind, int cap, Map<String, EntityMatch> found,
                         StoredFields stored, java.util.function.Predicate<Document> check) throws IOException {
        int want = cap - found.size();
        if (want <= 0) {
            return;
        }
        // Several names of one entity may match: ask for more than needed, and more again if they were not enough.
        for (int n = Math.max(want * 4, 32); ; n *= 4) {
            TopDocs top = searcher.search(query, n, ORDER, false);
            Map<String, EntityMatch> more = new LinkedHashMap<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc);
                String iri = doc.get(IRI);
                if (found.containsKey(iri) || more.containsKey(iri) || (check != null && !check.test(doc))) {
                    continue;
                }
                more.put(iri, match(doc, kind));
                if (found.size() + more.size() >= cap) {
                    break;
                }
            }
            if (found.size() + more.size() >= cap || top.scoreDocs.length < n) {
                found.putAll(more);
                return;
            }
        }
    }

    private static EntityMatch match(Document doc, EntityMatch.Kind kind) {
        EntityMatch.Source source = source(doc);
        String text = doc.get(TEXT);
        List<Names> types = new ArrayList<>();
        for (String t : doc.getValues(TYPE)) {
            types.add(split(t));
        }
        return new EntityMatch(doc.get(IRI), split(doc.get(LABELS)), List.copyOf(types), text, doc.get(LANGUAGE), source, kind);
    }

    @Override
    public Optional<Names> names(String iri) {
        if (!reader.tryIncRef()) {
            return Optional.empty();
        }
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IRI, iri)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(split(searcher.storedFields().document(top.scoreDocs[0].doc).get(LABELS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            decRef();
        }
    }

    private void decRef() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int entityCount() {
        return entities;
    }

    @Override
    public int nameCount() {
        return names;
    }

    /** Bytes the index takes on disk. */
    public static long sizeOnDisk(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /**
     * Lets go of the index: its files close once the searches running on it have finished (the reader counts
     * them). The window closes the index it replaces with a newer one.
     */
    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            reader.decRef();
            directory.close();
        }
    }

    private static void closeQuietly(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException e) {
                // nothing was opened from it
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
