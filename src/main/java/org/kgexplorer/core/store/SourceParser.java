package org.kgexplorer.core.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.kgexplorer.core.task.Cancellation;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;

/**
 * Parses one input into {@linkplain StagedData staged lists}. Safe by default: JSON-LD remote contexts are never fetched,
 * RDF/XML external entities are never resolved (Jena's XML input factory refuses them), bytes that are not UTF-8 and
 * compressed data that ends early are refused, what the W3C calls a syntax error is refused unless the load is lenient
 * (ADR 18), and the parse runs on a stack of known size (ADR 17). Every error becomes a {@link DataLoadException} with
 * the line and column where the parser stopped.
 */
final class SourceParser {
    private static final int HEAD = 8192;
    private static final int CANCEL_CHECK_EVERY = 4096;
    static final String NESTED_TOO_DEEPLY = "nested too deeply";

    private SourceParser() {
    }

    static ParsedSource parse(RdfInput input, ParsePolicy policy, LongConsumer bytesRead, Cancellation cancellation)
            throws DataLoadException {
        StagedData staging = new StagedData();
        Lang lang = parseInto(input, policy, bytesRead, cancellation, staging);
        return new ParsedSource(input, lang, staging);
    }

    /**
     * Parses one input as {@link #parse} does, but hands each triple and quad to {@code sink} as it is read (on the
     * parse thread) instead of staging it: the caller undoes what the sink received when this throws.
     *
     * @return the syntax it was read as, or null for an empty input
     */
    static Lang parseInto(RdfInput input, ParsePolicy policy, LongConsumer bytesRead, Cancellation cancellation,
                          StreamRDF sink) throws DataLoadException {
        cancellation.throwIfCancelled();
        if (input.storedAs() != null) {
            return parseStored(input, bytesRead, cancellation, sink);
        }
        try {
            return ParseThread.run(own -> parseHere(input, policy, bytesRead, own, sink), cancellation);
        } catch (ParseThread.TooDeep e) {
            throw tooDeep(input);
        }
    }

    /**
     * Starts parsing one input as {@link #parseInto} does, on the parse thread, and returns at once: {@code sink}
     * receives the triples and quads there, and {@code atEnd} runs there after the parse, however it ended.
     */
    static Parsing start(RdfInput input, ParsePolicy policy, LongConsumer bytesRead, Cancellation cancellation,
                         StreamRDF sink, Runnable atEnd) {
        cancellation.throwIfCancelled();
        return new Parsing(input, ParseThread.start(own -> input.storedAs() != null
                ? parseStored(input, bytesRead, own, sink)
                : parseHere(input, policy, bytesRead, own, sink), atEnd, cancellation));
    }

    /** A parse running on the parse thread (see {@link #start}). */
    static final class Parsing {
        private final RdfInput input;
        private final ParseThread.Running<Lang> running;

        private Parsing(RdfInput input, ParseThread.Running<Lang> running) {
            this.input = input;
            this.running = running;
        }

        /**
         * Waits for the parse to end.
         *
         * @return the syntax it was read as, or null for an empty input
         */
        Lang join() throws DataLoadException {
            try {
                return running.join();
            } catch (ParseThread.TooDeep e) {
                throw tooDeep(input);
            }
        }

        /** Cancels the parse without waiting for it. */
        void stop() {
            running.stop();
        }
    }

    /**
     * Reads an input converted to a binary syntax at build time, where its text was parsed strictly: no checks, no
     * deep stack (the binary syntaxes do not nest), described with the syntax of the text it came from.
     */
    private static Lang parseStored(RdfInput input, LongConsumer bytesRead, Cancellation cancellation, StreamRDF sink)
            throws DataLoadException {
        Lang shown = RdfSyntax.byExtension(input.name()).orElse(input.storedAs());
        try (InputStream in = new BufferedInputStream(new CountingInputStream(open(input), cancellation, bytesRead),
                1 << 16)) {
            RDFParser.source(in).lang(input.storedAs()).parse(sink);
        } catch (IOException | UncheckedIOException | RuntimeIOException | RiotException e) {
            cancellation.throwIfCancelled();
            throw new DataLoadException(input.location(), "could not be read (" + RdfInputs.describe(rootCause(e)) + ")");
        }
        return shown;
    }

    private static Lang parseHere(RdfInput input, ParsePolicy policy, LongConsumer bytesRead,
                                  Cancellation cancellation, StreamRDF staging) throws DataLoadException {
        AtomicReference<URI> refusedContext = new AtomicReference<>();
        InputFault fault = new InputFault();
        try (InputStream raw = open(input);
             InputStream counted = new CountingInputStream(raw, cancellation, bytesRead);
             BufferedInputStream in = new BufferedInputStream(decompress(input, counted, fault), 1 << 16)) {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            if (isBlank(head)) {
                return null;
            }
            Lang lang = RdfSyntax.byExtension(input.name())
                    .or(() -> RdfSyntax.byContent(head, head.length))
                    .orElseThrow(() -> new DataLoadException(input.location(),
                            "the RDF syntax is unknown: name the file with an RDF extension (.ttl, .nt, .nq, .trig, .rdf, .jsonld)"));
            // XML declares its own encoding and its parser checks it; every other RDF syntax is UTF-8.
            InputStream text = lang == Lang.RDFXML ? in : new Utf8Input(in, input.location(), fault);
            PolicyErrorHandler errors = new PolicyErrorHandler(input.location(), policy);
            try {
                Optional<String> dropped = JsonLdWarnings.during(() -> RDFParser.source(text)
                        .lang(lang)
                        .base(input.baseIri())
                        .checking(true)
                        .strict(strictGrammar(lang))
                        .errorHandler(errors)
                        .factory(new SharedLanguageTags(SyntaxLabels.createLabelToNode()))
                        .context(safeContext(refusedContext))
                        .parse(new Checked(staging, errors, cancellation)));
                errors.failIfRefused();
                if (dropped.isPresent()) {
                    throw new DataLoadException(input.location(), "not valid " + lang.getLabel() + ": " + dropped.get());
                }
            } catch (SharedLanguageTags.InvalidLanguageTag e) {
                // Jena warned about the tag first: the warning has the position
                long line = errors.lastWarning().map(DataWarning::line).orElse(-1L);
                long col = errors.lastWarning().map(DataWarning::column).orElse(-1L);
                throw failure(input, lang, e, line, col, e.getMessage(), refusedContext, fault, errors, cancellation);
            } catch (RiotParseException e) {
                throw failure(input, lang, e, e.getLine(), e.getCol(), e.getOriginalMessage(), refusedContext, fault,
                        errors, cancellation);
            } catch (RiotException e) {
                throw failure(input, lang, e, -1, -1, e.getMessage(), refusedContext, fault, errors, cancellation);
            } catch (IRIException e) {
                // a bad @base IRI: Jena warns about it, then fails to resolve against it outside its error handler,
                // leniently or not; the warning has the position
                long line = errors.lastWarning().map(DataWarning::line).orElse(-1L);
                long col = errors.lastWarning().map(DataWarning::column).orElse(-1L);
                throw failure(input, lang, e, line, col, e.getMessage(), refusedContext, fault, errors, cancellation);
            } catch (IndexOutOfBoundsException e) {
                // Jena's text tokenizer overruns its ten-character pushback after a word followed by many dots
                throw failure(input, lang, e, -1, -1, "the reader ran out of look-back (a word followed by many dots?)",
                        refusedContext, fault, errors, cancellation);
            } catch (java.util.IllegalFormatException e) {
                // Jena's text tokenizer, refusing a character where a name or keyword should start, formats the
                // end of the input as a character ("%c" of -1) and fails in its own message (N-Quads "^^#<...>",
                // found by the fuzz pass): the input is not valid there, and no position is known
                throw failure(input, lang, e, -1, -1, "an unexpected character where a name or keyword should be "
                        + "(the parser could not say which)", refusedContext, fault, errors, cancellation);
            }
            if (fault.first() != null) {
                throw fault.first();
            }
            if (lang == Lang.RDFXML && XmlEntityCheck.mayHaveEntities(head)) {
                XmlEntityCheck.reportUndefined(reopen(input), input.location(), policy.warnings());
            }
            return lang;
        } catch (IOException | UncheckedIOException | RuntimeIOException e) {
            cancellation.throwIfCancelled();
            if (fault.first() != null) {
                throw fault.first();
            }
            throw new DataLoadException(input.location(), "could not be read (" + RdfInputs.describe(rootCause(e)) + ")");
        }
    }

    /**
     * Jena's strict mode for Turtle and TriG: only it refuses what their grammars forbid and Jena otherwise lets pass
     * (a missing final dot, a collection without predicates). For N-Triples and N-Quads it would turn relative IRIs
     * into errors that {@code --lenient} could not accept, and their grammar checks are whole without it.
     */
    private static boolean strictGrammar(Lang lang) {
        return lang == Lang.TURTLE || lang == Lang.TRIG;
    }

    /** The input's content from its start again, decompressed. */
    private static InputStream reopen(RdfInput input) throws IOException {
        InputStream raw = input.opener().open();
        return input.gzip() ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /** Nested deeper than the parse thread's stack allows: said at the deepest point, when the syntax tells it. */
    private static DataLoadException tooDeep(RdfInput input) {
        Lang lang = RdfSyntax.byExtension(input.name()).orElse(null);
        NestingScan.Position at = null;
        try {
            InputStream in = reopen(input);
            if (lang == null) {
                in = new BufferedInputStream(in, HEAD);
                in.mark(HEAD);
                byte[] head = in.readNBytes(HEAD);
                in.reset();
                lang = RdfSyntax.byContent(head, head.length).orElse(null);
            }
            at = lang == null ? null : NestingScan.deepest(in, lang);
        } catch (IOException | RuntimeException e) {
            // The position is a help, not a must: the message stands without it.
        }
        return at == null ? new DataLoadException(input.location(), NESTED_TOO_DEEPLY)
                : new DataLoadException(input.location(), at.line(), at.column(), NESTED_TOO_DEEPLY);
    }

    private static InputStream open(RdfInput input) throws DataLoadException {
        try {
            return input.opener().open();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DataLoadException(input.location(), "no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new DataLoadException(input.location(), "the file cannot be read (permission denied)");
        } catch (IOException e) {
            throw new DataLoadException(input.location(), "could not be opened (" + RdfInputs.describe(e) + ")");
        }
    }

    private static InputStream decompress(RdfInput input, InputStream in, InputFault fault) throws IOException {
        return input.gzip() ? GzipInput.open(in, input.location(), fault) : in;
    }

    private static boolean isBlank(byte[] head) {
        for (byte b : head) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return head.length < HEAD;
    }

    private static DataLoadException failure(RdfInput input, Lang lang, RuntimeException e, long line, long col,
                                             String message, AtomicReference<URI> refusedContext, InputFault fault,
                                             PolicyErrorHandler errors, Cancellation cancellation) {
        if (cancellation.isCancelled() || rootCause(e) instanceof CancellationException) {
            throw new CancellationException("cancelled");
        }
        if (fault.first() != null) {
            return fault.first();
        }
        if (refusedContext.get() != null) {
            return new DataLoadException(input.location(), "refers to the remote JSON-LD context <"
                    + refusedContext.get() + ">, which KG Explorer never fetches; put the context inline in the file");
        }
        if (rootCause(e) instanceof IOException io) {
            return new DataLoadException(input.location(), "could not be read (" + RdfInputs.describe(io) + ")");
        }
        return new DataLoadException(input.location(), line, col,
                "not valid " + lang.getLabel() + ": " + ParseMessages.clean(message == null ? RdfInputs.describe(e) : message),
                errors.refusedAWarning());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static Context safeContext(AtomicReference<URI> refusedContext) {
        JsonLdOptions options = new JsonLdOptions((url, loaderOptions) -> {
            refusedContext.compareAndSet(null, url);
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD contexts are never fetched: " + url);
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    /** Checks for cancellation now and then, and stops at a refused warning at the parser's next step. */
    private static final class Checked extends StreamRDFWrapper {
        private final PolicyErrorHandler errors;
        private final Cancellation cancellation;
        private long count;

        Checked(StreamRDF out, PolicyErrorHandler errors, Cancellation cancellation) {
            super(out);
            this.errors = errors;
            this.cancellation = cancellation;
        }

        @Override
        public void triple(Triple triple) {
            errors.failIfRefused();
            tick();
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            errors.failIfRefused();
            tick();
            super.quad(quad);
        }

        @Override
        public void base(String base) {
            errors.failIfRefused();
            super.base(base);
        }

        @Override
        public void prefix(String prefix, String iri) {
            errors.failIfRefused();
            // A JSON-LD context's term may be any string, and Jena hands each one on as a prefix; one that is not an
            // XML name cannot be a prefix of the store (Jena refuses it there), and a prefix only shortens names:
            // the data loads without it (found by the CI's fuzzing: "unexpected error: IllegalPrefixException").
            if (prefix.isEmpty() || org.apache.jena.util.XML11Char.isXML11ValidNCName(prefix)) {
                super.prefix(prefix, iri);
            }
        }

        private void tick() {
            if (++count % CANCEL_CHECK_EVERY == 0) {
                cancellation.throwIfCancelled();
            }
        }
    }
}
