package org.kgexplorer.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.QueryResultHandler;
import org.kgexplorer.core.query.QueryRunner;
import org.kgexplorer.core.query.table.ResultTable;
import org.kgexplorer.core.query.table.ResultTables;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

/** Query answers as graphs: CONSTRUCT and DESCRIBE as they are, SELECT rows with the triples that connect them. */
class GraphExtractionTest {
    static final String KG = GraphFixtures.KG;
    static final String KGX = GraphFixtures.KGX;
    static final String EX = GraphFixtures.EX;

    private static Subgraph run(KnowledgeStore store, String sparql) throws Exception {
        Subgraph[] out = new Subgraph[1];
        new QueryRunner(store).run(sparql, QueryOptions.defaults(), Cancellation.none(), new QueryResultHandler() {
            @Override
            public void select(ResultSet rows) {
                ResultTable table = ResultTables.fromRows(rows, 100_000, Cancellation.none());
                out[0] = GraphExtraction.fromRows(store, table, Cancellation.none());
            }

            @Override
            public void ask(boolean answer) {
            }

            @Override
            public void graph(Model graph) {
                out[0] = GraphExtraction.fromGraph(store, graph.getGraph(), Cancellation.none());
            }
        });
        return out[0];
    }

    private static Set<String> ids(Subgraph g) {
        return g.nodes().stream().map(NodeInfo::id).collect(Collectors.toSet());
    }

    @Test
    void aConstructAnswerIsShownAsItIsWithoutLabelsAsEdges() throws Exception {
        String query = Files.readString(Path.of("data/queries/construct-the-jtf-alpha-network.rq"));
        Subgraph g = run(GraphFixtures.bundled(), query);
        assertTrue(ids(g).containsAll(Set.of(KG + "JointTaskForceAlpha", KG + "OperationSentinel", KG + "DHS", KG + "FBI")));
        assertTrue(g.edges().stream().allMatch(e -> e.predicate().startsWith(KGX)));
        assertTrue(g.edges().stream().anyMatch(e -> e.id().equals(KG + "FBI|" + KGX + "takesPartIn|" + KG + "JointTaskForceAlpha")));
        assertEquals("works with", g.vocabulary().get(KGX + "worksWith").english());
        assertEquals(KGX + "Agency", g.node(KG + "FBI").primaryClass());
    }

    @Test
    void aDescribedEntityWithoutRelationshipsIsStillANode() throws Exception {
        Subgraph g = run(GraphFixtures.org(), "DESCRIBE <" + EX + "Lonely>");
        assertEquals(Set.of(EX + "Lonely"), ids(g));
        assertTrue(g.edges().isEmpty());
    }

    @Test
    void theOntologysOwnTriplesAndTheEvidenceStatementsBecomeNoNodes() throws Exception {
        Subgraph g = run(GraphFixtures.org(), "CONSTRUCT WHERE { ?s ?p ?o }");
        Set<String> ids = ids(g);
        assertFalse(ids.contains(EX + "Org"));
        assertFalse(ids.contains(EX + "worksWith"));
        assertFalse(ids.contains(EX + "stmt-1"));
        assertTrue(ids.contains(EX + "A"));
        assertTrue(g.edges().stream().noneMatch(e -> e.predicate().startsWith("http://www.w3.org/")));
    }

    @Test
    void selectRowsGiveTheirResourcesAndTheTriplesConnectingThemWithTheirRows() throws Exception {
        Subgraph g = run(GraphFixtures.org(), "PREFIX ex: <" + EX + "> SELECT ?a ?b WHERE { VALUES (?a ?b) {"
                + " (ex:A ex:B) (ex:C ex:D) (ex:A ex:Town) } }");
        assertEquals(Set.of(EX + "A", EX + "B", EX + "C", EX + "D", EX + "Town"), ids(g));
        assertArrayEquals(new int[] {0, 2}, g.rows().get(EX + "A"));
        assertArrayEquals(new int[] {1}, g.rows().get(GraphKeys.edgeId(EX + "C", EX + "isRunBy", EX + "D")));
        // Alpha works with Charlie too, but no row holds both: the edge is shown, tied to no row
        String across = GraphKeys.edgeId(EX + "A", EX + "worksWith", EX + "C");
        assertTrue(g.edges().stream().anyMatch(e -> e.id().equals(across)));
        assertFalse(g.rows().containsKey(across));
    }

    @Test
    void literalCellsAreNotNodes() throws Exception {
        Subgraph g = run(GraphFixtures.org(), "PREFIX ex: <" + EX + "> SELECT ?a ?n WHERE { ?a ex:size ?n }");
        assertEquals(Set.of(EX + "A"), ids(g));
    }
}
