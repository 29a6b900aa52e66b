package org.kgexplorer.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.task.Cancellation;

/** The spreadsheet CSV's guard against the bypasses of the formula check (ADR 0004). */
class CsvInjectionTest {
    static final String DATA = """
            @prefix ex: <http://ex.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            ex:minusInf ex:v "-INF"^^xsd:double .
            ex:inf ex:v "INF"^^xsd:double .
            ex:nan ex:v "NaN"^^xsd:float .
            ex:plusInf ex:v "+INF"^^xsd:double .
            ex:finite ex:v "-1.5E3"^^xsd:double .
            ex:integer ex:v -7 .
            ex:bom ex:v "\\uFEFF=1+1" .
            ex:nul ex:v "\\u0000=cmd|' /C calc'!A0" .
            ex:newline ex:v "\\n=1+1" .
            ex:text ex:v "plain" .
            """;

    private static Map<String, String> cells() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(m);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.model(m).query("SELECT ?s ?v { ?s <http://ex.org/v> ?v }").build()) {
            ResultWriter.select(qe.execSelect(), ResultFormat.CSV, false, PrefixMapping.Standard, out, Cancellation.none());
        }
        String csv = out.toString(StandardCharsets.UTF_8).substring(1);
        Map<String, String> cells = new LinkedHashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            cells.put(r.get("s").replace("http://ex.org/", ""), r.get("v"));
        }
        return cells;
    }

    @Test
    void infinitiesAndNaNAreTextAndFormulaTricksAreNeutralised() throws Exception {
        Map<String, String> cells = cells();
        assertEquals("'-INF", cells.get("minusInf"), "a spreadsheet reads -INF as a formula");
        assertEquals("'+INF", cells.get("plusInf"));
        assertEquals("INF", cells.get("inf"));
        assertEquals("NaN", cells.get("nan"));
        assertEquals("-1.5E3", cells.get("finite"), "a finite double stays a number");
        assertEquals("-7", cells.get("integer"));
        assertEquals("'\uFEFF=1+1", cells.get("bom"));
        assertEquals("'\u0000=cmd|' /C calc'!A0", cells.get("nul"));
        assertEquals("'\n=1+1", cells.get("newline"));
        assertEquals("plain", cells.get("text"));
    }
}
