package org.kgexplorer.core.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.kgexplorer.core.task.Cancellation;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;

/**
 * Parses one input into {@linkplain StagedData staged lists}. Safe by default: JSON-LD remote contexts are never fetched,
 * RDF/XML external entities are never resolved (Jena's XML input factory refuses them), and every
 * error becomes a {@link DataLoadException} with the line and column where the parser stopped.
 */
final class SourceParser {
    private static final int HEAD = 8192;
    private static final int CANCEL_CHECK_EVERY = 4096;

    private SourceParser() {
    }

    static ParsedSource parse(RdfInput input, LongConsumer bytesRead, Cancellation cancellation)
            throws DataLoadException {
        cancellation.throwIfCancelled();
        AtomicReference<URI> refusedContext = new AtomicReference<>();
        try (InputStream raw = open(input);
             InputStream counted = new CountingInputStream(raw, cancellation, bytesRead);
             BufferedInputStream in = new BufferedInputStream(decompress(input, counted), 1 << 16)) {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            StagedData staging = new StagedData();
            if (isBlank(head)) {
                return new ParsedSource(input, null, staging);
            }
            Lang lang = RdfSyntax.byExtension(input.name())
                    .or(() -> RdfSyntax.byContent(head, head.length))
                    .orElseThrow(() -> new DataLoadException(input.location(),
                            "the RDF syntax is unknown: name the file with an RDF extension (.ttl, .nt, .nq, .trig, .rdf, .jsonld)"));
            try {
                Optional<String> dropped = JsonLdWarnings.during(() -> RDFParser.source(in)
                        .lang(lang)
                        .base(input.baseIri())
                        .errorHandler(THROWING)
                        .context(safeContext(refusedContext))
                        .parse(new Checked(staging, cancellation)));
                if (dropped.isPresent()) {
                    throw new DataLoadException(input.location(), "not valid " + lang.getLabel() + ": " + dropped.get());
                }
            } catch (RiotParseException e) {
                throw failure(input, lang, e, e.getLine(), e.getCol(), e.getOriginalMessage(), refusedContext, cancellation);
            } catch (RiotException e) {
                throw failure(input, lang, e, -1, -1, e.getMessage(), refusedContext, cancellation);
            } catch (IRIException e) {
                // a bad @base IRI: Jena resolves it outside its error handler, so no position comes with it
                throw failure(input, lang, e, -1, -1, e.getMessage(), refusedContext, cancellation);
            } catch (IndexOutOfBoundsException e) {
                // Jena's text tokenizer overruns its ten-character pushback after a word followed by many dots
                throw failure(input, lang, e, -1, -1, "the reader ran out of look-back (a word followed by many dots?)",
                        refusedContext, cancellation);
            }
            return new ParsedSource(input, lang, staging);
        } catch (IOException | UncheckedIOException | RuntimeIOException e) {
            cancellation.throwIfCancelled();
            throw new DataLoadException(input.location(), "could not be read (" + RdfInputs.describe(rootCause(e)) + ")");
        }
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

    private static InputStream decompress(RdfInput input, InputStream in) throws IOException {
        return input.gzip() ? new GZIPInputStream(in, 1 << 16) : in;
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
                                             String message, AtomicReference<URI> refusedContext,
                                             Cancellation cancellation) {
        if (cancellation.isCancelled() || rootCause(e) instanceof CancellationException) {
            throw new CancellationException("cancelled");
        }
        if (refusedContext.get() != null) {
            return new DataLoadException(input.location(), "refers to the remote JSON-LD context <"
                    + refusedContext.get() + ">, which KG Explorer never fetches; put the context inline in the file");
        }
        if (rootCause(e) instanceof IOException io) {
            return new DataLoadException(input.location(), "could not be read (" + RdfInputs.describe(io) + ")");
        }
        if (line <= 0 && lang != Lang.RDFXML) {
            DataLoadException encoding = firstEncodingError(input);
            if (encoding != null) {
                return encoding;
            }
        }
        return new DataLoadException(input.location(), line, col,
                "not valid " + lang.getLabel() + ": " + ParseMessages.clean(message == null ? RdfInputs.describe(e) : message));
    }

    /** Finds where the content stops being UTF-8, for parsers that report bad bytes without a position. */
    private static DataLoadException firstEncodingError(RdfInput input) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream raw = input.opener().open(); InputStream in = decompress(input, raw)) {
            byte[] bytes = in.readAllBytes();
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
            var result = decoder.decode(buffer, out, true);
            if (!result.isError()) {
                return null;
            }
            out.flip();
            long line = 1;
            long col = 1;
            while (out.hasRemaining()) {
                if (out.get() == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            int bad = bytes[buffer.position()] & 0xff;
            return new DataLoadException(input.location(), line, col,
                    String.format("not valid text: byte 0x%02x is not UTF-8 (is this a binary file?)", bad));
        } catch (IOException | RuntimeException e) {
            return null;
        }
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

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            // Warnings (an odd but legal IRI, say) do not stop a load and are not noise for the user.
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    /** Checks for cancellation every few thousand statements, so a cancel stops a parse promptly. */
    private static final class Checked extends StreamRDFWrapper {
        private final Cancellation cancellation;
        private long count;

        Checked(StreamRDF out, Cancellation cancellation) {
            super(out);
            this.cancellation = cancellation;
        }

        @Override
        public void triple(Triple triple) {
            tick();
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            tick();
            super.quad(quad);
        }

        private void tick() {
            if (++count % CANCEL_CHECK_EVERY == 0) {
                cancellation.throwIfCancelled();
            }
        }
    }
}
