package org.kgexplorer.core.query.completion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kgexplorer.core.query.completion.CompletionContext.Mode;
import org.kgexplorer.core.query.completion.CompletionIndex.Best;
import org.kgexplorer.core.query.completion.SparqlToken.Type;

/** One lookup in the completion index: matches the typed word and ranks what matches. */
final class Proposer {
    /** A local name that can follow {@code prefix:} without escapes. */
    private static final Pattern PLAIN_LOCAL = Pattern.compile("[\\p{L}\\p{N}_]([\\p{L}\\p{N}_.\\-]*[\\p{L}\\p{N}_\\-])?");

    private final CompletionIndex index;
    private final CompletionContext context;
    private final String text;
    private final List<String> languages;
    private final int limit;
    private final Map<String, String> declared;
    private final String word;

    Proposer(CompletionIndex index, CompletionContext context, String text, List<String> languages, int limit) {
        this.index = index;
        this.context = context;
        this.text = text;
        this.languages = languages;
        this.limit = limit;
        this.declared = PrefixDeclarations.declared(text);
        this.word = context.word().toLowerCase(Locale.ROOT);
    }

    List<Completion> propose() {
        List<Completion> out = new ArrayList<>();
        switch (context.mode()) {
            case NONE -> {
            }
            case VARIABLE -> variables(out);
            case PREFIX_DECLARATION -> prefixDeclarations(out);
            case PREFIXED_NAME -> names(out, namespaceOf(context.prefix()));
            case IRI -> names(out, null);
            case WORD -> {
                if (!context.classWanted()) {
                    keywords(out);
                    prefixNames(out);
                }
                if (!word.isEmpty() || context.classWanted()) {
                    names(out, null);
                }
            }
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private void keywords(List<Completion> out) {
        if (word.isEmpty()) {
            return;
        }
        for (String k : SparqlKeywords.PROPOSED) {
            if (k.toLowerCase(Locale.ROOT).startsWith(word) && !k.equalsIgnoreCase(word)) {
                out.add(new Completion(Completion.Kind.KEYWORD, k, "", null, null, null));
            }
        }
    }

    private void prefixNames(List<Completion> out) {
        if (word.isEmpty()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>(declared.keySet());
        names.addAll(index.prefixes().keySet());
        for (String p : names) {
            if (p.toLowerCase(Locale.ROOT).startsWith(word)) {
                String ns = declared.getOrDefault(p, index.prefixes().get(p));
                boolean missing = !declared.containsKey(p);
                out.add(new Completion(Completion.Kind.PREFIX, p + ":", ns, null, missing ? p : null, missing ? ns : null));
            }
        }
    }

    private void prefixDeclarations(List<Completion> out) {
        for (Map.Entry<String, String> e : index.prefixes().entrySet()) {
            if (!declared.containsKey(e.getKey()) && e.getKey().toLowerCase(Locale.ROOT).startsWith(word)) {
                out.add(new Completion(Completion.Kind.PREFIX, e.getKey() + ": <" + e.getValue() + ">", e.getValue(),
                        null, null, null));
            }
        }
    }

    private void variables(List<Completion> out) {
        Set<String> seen = new LinkedHashSet<>();
        for (SparqlToken t : SparqlLexer.tokens(text)) {
            if (t.type() == Type.VARIABLE && !(t.start() == context.start() && t.end() == context.end())) {
                String name = text.substring(t.start() + 1, t.end());
                if (name.toLowerCase(Locale.ROOT).startsWith(word) && !name.equalsIgnoreCase(word)) {
                    seen.add(name);
                }
            }
        }
        for (String name : seen) {
            out.add(new Completion(Completion.Kind.VARIABLE, "?" + name, "", null, null, null));
        }
    }

    private String namespaceOf(String prefix) {
        String ns = declared.get(prefix);
        return ns != null ? ns : index.prefixes().get(prefix);
    }

    /** A candidate name (a resource of the index) with its match quality (lower is better) and the label that matched. */
    private record Scored(int entry, int score, String label, int matchLength) {
    }

    private void names(List<Completion> out, String namespace) {
        if (context.mode() == Mode.PREFIXED_NAME && namespace == null) {
            return;
        }
        Comparator<Scored> order = Comparator.comparingInt(Scored::score)
                .thenComparingInt(s -> kindRank(index.kind(s.entry())))
                .thenComparingInt(Scored::matchLength)
                .thenComparing(s -> index.iri(s.entry()));
        Best<Scored> best = new Best<>(order, limit);
        java.util.function.IntConsumer consider = e -> {
            if (context.classWanted() && index.kind(e) != Completion.Kind.CLASS) {
                return;
            }
            Scored s = score(e, namespace);
            if (s != null) {
                best.offer(s);
            }
        };
        if (namespace != null) {
            index.forEachIn(namespace, consider);
        } else {
            index.forEach(consider);
        }
        for (Scored s : best.sorted()) {
            out.add(completion(s));
        }
    }

    private int kindRank(Completion.Kind kind) {
        return switch (kind) {
            case CLASS -> 0;
            case PROPERTY -> 1;
            default -> 2;
        };
    }

    private Scored score(int e, String namespace) {
        String iri = index.iri(e);
        int localStart = namespace == null ? index.localStart(e) : namespace.length();
        int localLength = iri.length() - localStart;
        if (word.isEmpty()) {
            return new Scored(e, 5, null, localLength);
        }
        int best = Integer.MAX_VALUE;
        int length = Integer.MAX_VALUE;
        String matchedLabel = null;
        int at = indexOfIgnoringCase(iri, localStart, word);
        if (at >= 0) {
            best = localLength == word.length() ? 0 : at == 0 ? 1 : wordStart(iri, localStart, at) ? 3 : 4;
            length = localLength;
        }
        if (context.mode() == Mode.IRI && best > 4 && indexOfIgnoringCase(iri, 0, word) >= 0) {
            best = 4;
            length = iri.length();
        }
        int matched = -1;
        int labelScore = Integer.MAX_VALUE;
        for (int i = 0; i < index.labelCount(e); i++) {
            String label = index.label(e, i);
            int pos = indexOfIgnoringCase(label, 0, word);
            if (pos < 0) {
                continue;
            }
            int score = label.length() == word.length() ? 0 : pos == 0 ? 2
                    : !Character.isLetterOrDigit(label.charAt(pos - 1)) ? 3 : 4;
            // Labels come most important first (prefLabel, label, ..., altLabel): a later one wins only by
            // matching better, or equally well in a more wanted language.
            if (score < labelScore || (score == labelScore
                    && languageRank(index.language(e, i)) < languageRank(index.language(e, matched)))) {
                labelScore = score;
                matched = i;
            }
        }
        if (matched >= 0) {
            matchedLabel = index.label(e, matched);
            if (labelScore < best || (labelScore == best && matchedLabel.length() < length)) {
                best = labelScore;
                length = matchedLabel.length();
            }
        }
        return best == Integer.MAX_VALUE ? null : new Scored(e, best, matchedLabel, length);
    }

    /**
     * Where the lower-case {@code word} first occurs in {@code text} from {@code from} on, ignoring case, counted
     * from {@code from}; -1 when it does not. Compares in place: the index keeps no lower-cased copies.
     */
    static int indexOfIgnoringCase(String text, int from, String word) {
        int n = word.length();
        if (n == 0) {
            return 0;
        }
        char first = word.charAt(0);
        for (int i = from, last = text.length() - n; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c >= 128 || Character.toLowerCase(c) == first) && text.regionMatches(true, i, word, 0, n)) {
                return i - from;
            }
        }
        return -1;
    }

    private int languageRank(String language) {
        int i = languages.indexOf(language);
        return i < 0 ? languages.size() : i;
    }

    /**
     * Whether a match {@code at} characters into a local name (the IRI from {@code start} on) starts one of its
     * words (camelCase, snake_case, kebab-case).
     */
    private static boolean wordStart(String iri, int start, int at) {
        if (at <= 0 || start + at >= iri.length()) {
            return at == 0;
        }
        char c = iri.charAt(start + at);
        char before = iri.charAt(start + at - 1);
        return (Character.isUpperCase(c) && !Character.isUpperCase(before)) || !Character.isLetterOrDigit(before);
    }

    private Completion completion(Scored s) {
        int e = s.entry();
        String iri = index.iri(e);
        Completion.Kind kind = index.kind(e);
        String label = s.label() != null ? s.label() : preferredLabel(e);
        if (context.mode() == Mode.IRI) {
            return new Completion(kind, "<" + iri + ">", label, iri, null, null);
        }
        String declaredPrefix = null;
        for (Map.Entry<String, String> d : declared.entrySet()) {
            String ns = d.getValue();
            if (iri.startsWith(ns) && PLAIN_LOCAL.matcher(iri.substring(ns.length())).matches()
                    && (declaredPrefix == null || ns.length() > declared.get(declaredPrefix).length())) {
                declaredPrefix = d.getKey();
            }
        }
        if (declaredPrefix != null) {
            String local = iri.substring(declared.get(declaredPrefix).length());
            return new Completion(kind, declaredPrefix + ":" + local, label, iri, null, null);
        }
        String prefix = index.prefixFor(iri);
        if (prefix != null && !declared.containsKey(prefix)) {
            String ns = index.prefixes().get(prefix);
            String local = iri.substring(ns.length());
            if (PLAIN_LOCAL.matcher(local).matches()) {
                return new Completion(kind, prefix + ":" + local, label, iri, prefix, ns);
            }
        }
        return new Completion(kind, "<" + iri + ">", label, iri, null, null);
    }

    private String preferredLabel(int e) {
        int best = -1;
        for (int i = 0; i < index.labelCount(e); i++) {
            if (best < 0 || languageRank(index.language(e, i)) < languageRank(index.language(e, best))) {
                best = i;
            }
        }
        return best < 0 ? "" : index.label(e, best);
    }
}
