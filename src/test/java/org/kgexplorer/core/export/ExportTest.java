package org.kgexplorer.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.labels.LabelResolver;
import org.kgexplorer.core.task.Cancellation;

class ExportTest {
    static final String DATA = """
            @prefix ex: <http://ex.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            ex:a rdfs:label "Alpha"@en, "Alfa"@es ; ex:text "=HYPERLINK(\\"http://x\\")" ; ex:n -5 ; ex:d "-1.5"^^xsd:decimal .
            ex:b ex:text "+1 plus" ; ex:n 7 .
            ex:c ex:text "@user" ; ex:n 0 .
            ex:d ex:text "-minus, with \\"quotes\\"\\nand a line" ; ex:n 1 .
            ex:e ex:text "\\ttab" ; ex:n 2 .
            ex:f ex:text "plain text ñ" ; ex:n 3 .
            ex:g ex:text "-5" ; ex:n 4 .
            """;
    static final String QUERY = "PREFIX ex: <http://ex.org/> SELECT ?s ?text ?n WHERE { ?s ex:text ?text ; ex:n ?n } ORDER BY ?s";

    @TempDir
    Path dir;

    static Model model() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(m);
        return m;
    }

    static ResultSetRewindable rows() {
        try (QueryExecution qe = QueryExecution.model(model()).query(QUERY).build()) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }

    static String safeCsv(ResultSet rs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.select(rs, ResultFormat.CSV, false, PrefixMapping.Standard, out, Cancellation.none());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void spreadsheetCsvStartsWithAByteOrderMarkAndEndsLinesWithCrLf() throws Exception {
        String csv = safeCsv(rows());
        assertTrue(csv.startsWith("\uFEFFs,text,n\r\n"), csv);
        assertTrue(csv.endsWith("\r\n"), csv);
        int crlf = csv.split("\r\n", -1).length - 1;
        assertEquals(8, crlf, "a header and seven records, each ended by CRLF");
    }

    @Test
    void spreadsheetCsvNeutralisesFormulasButKeepsNumbers() throws Exception {
        String csv = safeCsv(rows()).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(7, records.size());
        assertEquals("'=HYPERLINK(\"http://x\")", records.get(0).get("text"));
        assertEquals("-5", records.get(0).get("n"), "a typed negative number stays a number");
        assertEquals("'+1 plus", records.get(1).get("text"));
        assertEquals("'@user", records.get(2).get("text"));
        assertEquals("'-minus, with \"quotes\"\nand a line", records.get(3).get("text"));
        assertEquals("'\ttab", records.get(4).get("text"));
        assertEquals("plain text ñ", records.get(5).get("text"));
        assertEquals("'-5", records.get(6).get("text"), "a string that looks like a number is still text");
    }

    @Test
    void rawCsvIsExactlyWhatJenaWrites() throws Exception {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ResultWriter.select(rows(), ResultFormat.CSV, true, PrefixMapping.Standard, ours, Cancellation.none());
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        ResultSetMgr.write(jena, rows(), ResultSetLang.RS_CSV);
        assertArrayEquals(jena.toByteArray(), ours.toByteArray());
    }

    @Test
    void tsvJsonAndXmlAreJenasW3cFormats() throws Exception {
        for (var pair : List.of(List.of(ResultFormat.TSV, ResultSetLang.RS_TSV), List.of(ResultFormat.JSON, ResultSetLang.RS_JSON),
                List.of(ResultFormat.XML, ResultSetLang.RS_XML))) {
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            ResultWriter.select(rows(), (ResultFormat) pair.get(0), false, PrefixMapping.Standard, ours, Cancellation.none());
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            ResultSetMgr.write(jena, rows(), (Lang) pair.get(1));
            assertEquals(jena.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8), pair.get(0).toString());
        }
    }

    @Test
    void askIsTrueOrFalseInTables() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ResultWriter.ask(true, ResultFormat.CSV, csv);
        assertEquals("true\r\n", csv.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream tsv = new ByteArrayOutputStream();
        ResultWriter.ask(false, ResultFormat.TSV, tsv);
        assertEquals("false\n", tsv.toString(StandardCharsets.UTF_8));
    }

    @Test
    void graphsAreWrittenInEachRdfSyntaxAndReadBack() throws Exception {
        Model m = model();
        for (ResultFormat f : Stream.of(ResultFormat.values()).filter(ResultFormat::fitsGraphs).toList()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultWriter.graph(m, f, out);
            Lang lang = switch (f) {
                case NTRIPLES -> Lang.NTRIPLES;
                case JSONLD -> Lang.JSONLD;
                case RDFXML -> Lang.RDFXML;
                default -> Lang.TURTLE;
            };
            Model back = ModelFactory.createDefaultModel();
            RDFParser.fromString(out.toString(StandardCharsets.UTF_8), lang).parse(back);
            assertTrue(m.isIsomorphicWith(back), f.cliName());
        }
    }

    @Test
    void labelColumnsFollowEachIriColumn() throws Exception {
        LabelResolver labels = new LabelResolver(model().getGraph(), List.of("es", "en"));
        ResultSet labelled = LabelColumns.add(rows(), labels);
        assertEquals(List.of("s", "s_label", "text", "n"), labelled.getResultVars());
        String first = labelled.next().getLiteral("s_label").getString();
        assertEquals("Alfa", first);
        assertEquals("b", labelled.next().getLiteral("s_label").getString(), "no label: the IRI's last segment");
    }

    @Test
    void aFailedWriteLeavesNoFileAndKeepsTheOldOne() throws Exception {
        Path target = dir.resolve("answer.csv");
        assertThrows(IOException.class, () -> SafeFileWriter.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(target));
        Files.writeString(target, "old content");
        assertThrows(IllegalStateException.class, () -> SafeFileWriter.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("interrupted");
        }));
        assertEquals("old content", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aCompleteWriteReplacesTheTarget() throws Exception {
        Path target = dir.resolve("answer.csv");
        Files.writeString(target, "old");
        SafeFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
    }
}
