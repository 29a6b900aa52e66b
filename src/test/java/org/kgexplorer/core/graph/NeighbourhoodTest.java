package org.kgexplorer.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.task.Cancellation;

/** Opening an entity with its neighbours, paging through a hub, collapsing and hiding. */
class NeighbourhoodTest {
    static final String KG = GraphFixtures.KG;
    static final String EX = GraphFixtures.EX;

    private static GraphState open(String id) {
        var store = id.startsWith(EX) ? GraphFixtures.org() : GraphFixtures.bundled();
        GraphState one = GraphOperations.replace(GraphExtraction.entity(store, id));
        return expand(one, id);
    }

    private static GraphState expand(GraphState state, String id) {
        var store = id.startsWith(EX) || id.startsWith("more:" + EX) ? GraphFixtures.org() : GraphFixtures.bundled();
        return GraphFixtures.read(store, data -> GraphOperations.expand(state, id, data, LabelMode.ENGLISH,
                Cancellation.none()));
    }

    @Test
    void jointTaskForceAlphaOpensWithEveryParticipantOperationSentinelAndHomelandSecurity() {
        GraphState state = open(KG + "JointTaskForceAlpha");
        Set<String> shown = new VisibleGraph(state).nodes().keySet();
        for (String id : List.of("FBI", "DEA", "USAttorneyDistrictOfArizona", "OperationSentinel", "DHS", "DOJ")) {
            assertTrue(shown.contains(KG + id), id + " in " + shown);
        }
        List<String> participants = GraphFixtures.read(GraphFixtures.bundled(), data -> {
            var out = new java.util.ArrayList<String>();
            data.graph().find(null, org.apache.jena.graph.NodeFactory.createURI(GraphFixtures.KGX + "takesPartIn"),
                    org.apache.jena.graph.NodeFactory.createURI(KG + "JointTaskForceAlpha"))
                    .forEachRemaining(t -> out.add(t.getSubject().getURI()));
            return out;
        });
        assertFalse(participants.isEmpty());
        assertTrue(shown.containsAll(participants), participants + " in " + shown);
    }

    @Test
    void typesLabelsLiteralsAndEvidenceAreNotEdges() {
        GraphState state = open(EX + "A");
        Set<String> predicates = new java.util.HashSet<>();
        state.edges().values().forEach(e -> predicates.add(e.predicate()));
        assertEquals(Set.of(EX + "worksWith", EX + "locatedIn", EX + "takesPartIn"), predicates);
        assertFalse(state.nodes().containsKey(EX + "stmt-1"));
        assertFalse(state.nodes().containsKey(EX + "Org"));
    }

    @Test
    void aNodeIsStyledByItsMostSpecificClass() {
        GraphState state = open(EX + "B");
        assertEquals(List.of(EX + "Bureau", EX + "Agency", EX + "Org"), state.nodes().get(EX + "D").classes());
        assertEquals("Bureau", state.vocabulary().get(EX + "Bureau").in(LabelMode.ENGLISH));
    }

    @Test
    void aHubShowsTwentyFiveNeighboursThenTheNextTwentyFiveBehindItsMoreNode() {
        GraphState first = open(EX + "Hub");
        VisibleGraph v1 = new VisibleGraph(first);
        assertEquals(26, v1.nodes().size());
        assertEquals(35, v1.more().get("more:" + EX + "Hub").count());
        // what the hub points at ("funds") before what points at it ("reports to"), then by label
        assertTrue(v1.nodes().containsKey(EX + "n25") && !v1.nodes().containsKey(EX + "n26"));
        GraphState second = expand(first, "more:" + EX + "Hub");
        VisibleGraph v2 = new VisibleGraph(second);
        assertEquals(51, v2.nodes().size());
        assertEquals(10, v2.more().get("more:" + EX + "Hub").count());
        assertTrue(v2.nodes().containsKey(EX + "m20") && !v2.nodes().containsKey(EX + "m21"));
        VisibleGraph v3 = new VisibleGraph(expand(second, "more:" + EX + "Hub"));
        assertEquals(61, v3.nodes().size());
        assertTrue(v3.more().isEmpty());
    }

    @Test
    void newNeighboursAreTiedToWhatIsAlreadyShown() {
        GraphState second = expand(open(EX + "Hub"), "more:" + EX + "Hub");
        assertTrue(second.edges().containsKey(GraphKeys.edgeId(EX + "n01", EX + "worksWith", EX + "m01")));
    }

    @Test
    void collapsingRemovesTheNeighboursItBroughtThatHaveNoOtherTie() {
        GraphState hub = open(EX + "Hub");
        GraphState withA = expand(hub, EX + "n02");
        GraphState collapsed = GraphOperations.collapse(withA, EX + "Hub");
        // n02 stays: it is expanded itself and tied to Alpha Group; the other funded nodes go
        assertEquals(Set.of(EX + "Hub", EX + "n02", EX + "A"), collapsed.nodes().keySet());
        assertTrue(new VisibleGraph(collapsed).more().isEmpty());
    }

    @Test
    void hiddenNodesLeaveWithTheirEdgesAndComeBack() {
        GraphState state = open(EX + "A");
        GraphState hidden = GraphOperations.hide(state, List.of(EX + "B"));
        VisibleGraph v = new VisibleGraph(hidden);
        assertFalse(v.contains(EX + "B"));
        assertTrue(v.edges().values().stream().noneMatch(e -> e.touches(EX + "B")));
        assertEquals(new VisibleGraph(state).edges().keySet(),
                new VisibleGraph(GraphOperations.show(hidden, null)).edges().keySet());
    }

    @Test
    void filtersHideAClassOrAPropertyAndFacetsKeepTheirCounts() {
        GraphState state = open(EX + "A");
        GraphState noOrgs = GraphOperations.filterClass(state, EX + "Org", false);
        assertEquals(Set.of(EX + "C", EX + "Town"), new VisibleGraph(noOrgs).nodes().keySet());
        var classes = Facets.classes(noOrgs, LabelMode.ENGLISH, "(no class)");
        assertEquals(new Facets.Facet(EX + "Org", "Organization", 4, false), classes.get(0));
        GraphState noWorks = GraphOperations.filterProperty(state, EX + "worksWith", false);
        assertTrue(new VisibleGraph(noWorks).edges().values().stream().noneMatch(e -> e.predicate().equals(EX + "worksWith")));
        assertEquals(new Facets.Facet(EX + "worksWith", "works with", 3, false),
                Facets.properties(noWorks, LabelMode.ENGLISH).get(0));
    }

    @Test
    void readingAgainAfterTheDataChangedDropsTheEdgesNoLongerThere() {
        GraphState state = open(EX + "A");
        GraphState elsewhere = GraphFixtures.read(GraphFixtures.bundled(),
                data -> GraphOperations.reload(state, data, Cancellation.none()));
        assertEquals(state.nodes().keySet(), elsewhere.nodes().keySet());
        assertTrue(elsewhere.edges().isEmpty());
        assertEquals("A", elsewhere.nodes().get(EX + "A").label(LabelMode.ENGLISH));
        GraphState same = GraphFixtures.read(GraphFixtures.org(),
                data -> GraphOperations.reload(state, data, Cancellation.none()));
        assertEquals(state.edges().keySet(), same.edges().keySet());
    }
}
