package org.kgexplorer.core.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.labels.LabelMode;
import org.kgexplorer.core.store.KnowledgeStore;
import org.kgexplorer.core.task.Cancellation;

class ClassTreeTest {
    @TempDir
    Path dir;

    private ClassTree harbour() throws Exception {
        return ClassTree.build(Fixtures.harbour(dir), Cancellation.none());
    }

    @Test
    void subclassesHangUnderTheirSuperclass() throws Exception {
        ClassTree tree = harbour();
        ClassTree.ClassNode vessel = tree.get(Fixtures.EX + "Vessel").orElseThrow();
        assertTrue(tree.roots().contains(vessel));
        assertEquals(List.of("ferry", "tug"), tree.children(vessel).stream().map(c -> c.names().in(LabelMode.ENGLISH))
                .sorted().toList());
        assertTrue(tree.roots().stream().noneMatch(c -> c.iri().equals(Fixtures.EX + "Tug")));
    }

    @Test
    void countsDirectAndTotalInstancesOnce() throws Exception {
        ClassTree tree = harbour();
        ClassTree.ClassNode vessel = tree.get(Fixtures.EX + "Vessel").orElseThrow();
        // Atlas is typed both Tug and Vessel: counted once in the total
        assertEquals(2, vessel.directCount());
        assertEquals(4, vessel.totalCount());
        assertEquals(2, tree.get(Fixtures.EX + "Tug").orElseThrow().totalCount());
        assertEquals(4, tree.instances(Fixtures.EX + "Vessel", true).size());
        assertEquals(2, tree.instances(Fixtures.EX + "Vessel", false).size());
    }

    @Test
    void classesUsedOnlyAsTypesAreClassesToo() throws Exception {
        ClassTree tree = harbour();
        assertEquals(1, tree.get("https://kgexplorer.org/ontology#SourceDocument").orElseThrow().directCount());
        assertEquals(0, tree.get(Fixtures.EX + "Port").orElseThrow().totalCount() - 1);
    }

    @Test
    void aCycleOfSuperclassesStillShows() throws Exception {
        ClassTree tree = harbour();
        long shown = tree.roots().stream().filter(c -> c.iri().startsWith(Fixtures.EX + "Loop")).count();
        assertEquals(1, shown);
    }

    @Test
    void bundledTaskForcesAreCountedUnderOrganisation() {
        ClassTree tree = ClassTree.build(Fixtures.bundled(), Cancellation.none());
        ClassTree.ClassNode taskForce = tree.get(Fixtures.KGX + "TaskForce").orElseThrow();
        assertEquals(2, taskForce.directCount());
        ClassTree.ClassNode organisation = tree.get(Fixtures.KGX + "Organization").orElseThrow();
        assertTrue(organisation.children().contains(taskForce.iri()));
        assertTrue(organisation.totalCount() > taskForce.totalCount());
        ClassTree.ClassNode entity = tree.get(Fixtures.KGX + "Entity").orElseThrow();
        assertTrue(tree.roots().contains(entity));
        assertTrue(entity.totalCount() >= 100, "most of the 119 entities are kgx entities: " + entity.totalCount());
    }

    @Test
    void instancesAreListedByLabelAPageAtATime() {
        KnowledgeStore store = Fixtures.bundled();
        ClassTree tree = ClassTree.build(store, Cancellation.none());
        var nodes = tree.instances(Fixtures.KGX + "TaskForce", true);
        InstanceList english = InstanceList.of(store, nodes, LabelMode.ENGLISH, Cancellation.none());
        assertEquals(List.of("Joint Task Force Alpha", "U.S.–Mexico operational task force on fentanyl"),
                english.page(0, 10).stream().map(i -> i.names().in(LabelMode.ENGLISH)).toList());
        InstanceList spanish = InstanceList.of(store, nodes, LabelMode.SPANISH, Cancellation.none());
        assertEquals("Fuerza de Tarea Conjunta Alfa", spanish.page(0, 1).get(0).names().in(LabelMode.SPANISH));
        assertEquals(1, english.page(1, 10).size());
        assertTrue(english.page(5, 10).isEmpty());
    }
}
