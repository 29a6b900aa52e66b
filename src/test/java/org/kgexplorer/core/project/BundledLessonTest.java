package org.kgexplorer.core.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kgexplorer.core.explore.Fixtures;
import org.kgexplorer.core.query.QueryOptions;
import org.kgexplorer.core.query.Question;
import org.kgexplorer.core.teach.Answer;
import org.kgexplorer.core.teach.Exercise;
import org.kgexplorer.core.teach.ExerciseChecker;
import org.kgexplorer.core.teach.SelectAnswers;
import org.kgexplorer.core.teach.Verdict;
import org.kgexplorer.core.task.Cancellation;

import static org.junit.jupiter.api.Assertions.*;

/** The lesson that comes with the program: its scenes answer from the bundled graph, its exercises check. */
class BundledLessonTest {
    @TempDir
    Path dir;

    static Project lesson() throws ProjectException {
        return BundledLessons.open("us-mexico-2022").project();
    }

    @Test
    void itHasSixToTenExplainingScenesThenThreeExercisesInBothLanguages() throws Exception {
        Project p = lesson();
        assertEquals(List.of(new Project.Source.Bundled()), p.sources());
        List<Project.View> explaining = p.views().stream().filter(v -> v.scene().exercise() == null).toList();
        List<Project.View> exercises = p.views().stream().filter(v -> v.scene().exercise() != null).toList();
        assertTrue(explaining.size() >= 6 && explaining.size() <= 10, explaining.size() + " explaining scenes");
        assertEquals(3, exercises.size());
        assertEquals(exercises, p.views().subList(explaining.size(), p.views().size()), "the exercises come last");
        for (Project.View v : p.views()) {
            assertFalse(v.captionEn().isBlank() || v.captionEs().isBlank(), "a caption in both languages: " + v.captionEn());
        }
        for (Project.View v : exercises) {
            Project.SceneExercise x = v.scene().exercise();
            assertFalse(x.questionEn().isBlank() || x.questionEs().isBlank() || x.hintEn().isBlank() || x.hintEs().isBlank(),
                    v.captionEn());
        }
        assertTrue(p.views().stream().anyMatch(v -> v.scene().shows() == Project.Scene.Shows.GRAPH && v.graph().nodes().size() > 3),
                "a scene reveals a graph node by node");
        assertTrue(p.views().stream().anyMatch(v -> v.scene().shows() == Project.Scene.Shows.STEP_THROUGH),
                "a scene steps through its query");
    }

    @Test
    void everySceneAnswersFromTheBundledGraphWithItsEvidenceInEitherLabelLanguage() throws Exception {
        for (Project.View v : lesson().views()) {
            if (v.scene().exercise() != null) {
                continue;
            }
            for (String language : List.of("en", "es")) {
                String sparql = new Question("", "", "", "", "", v.query()).sparqlIn(language);
                Answer a = SelectAnswers.read(Fixtures.bundled(), QueryFactory.create(sparql), QueryOptions.defaults(),
                        1000, Cancellation.none());
                assertTrue(a.total() > 0, "no answer (" + language + ") for: " + v.captionEn());
                int evidence = Math.max(a.variables().indexOf("evidence"), a.variables().indexOf("quote"));
                assertTrue(evidence >= 0, "each fact with its evidence sentence: " + v.captionEn());
                assertTrue(a.rows().stream().allMatch(r -> r.get(evidence) != null && r.get(evidence).isLiteral()),
                        v.captionEn());
            }
        }
    }

    @Test
    void everyGraphScenesNodesAreInTheBundledGraph() throws Exception {
        for (Project.View v : lesson().views()) {
            for (String node : v.graph().nodes()) {
                Answer a = SelectAnswers.read(Fixtures.bundled(), QueryFactory.create("SELECT ?p WHERE { <" + node
                        + "> ?p ?o } LIMIT 1"), QueryOptions.defaults(), 1, Cancellation.none());
                assertEquals(1, a.total(), node + " in " + v.captionEn());
            }
        }
    }

    @Test
    void eachExercisesReferenceChecksAgainstItselfAndAWrongAnswerFails() throws Exception {
        ExerciseChecker checker = new ExerciseChecker(Fixtures.bundled(), QueryOptions.defaults());
        for (Project.View v : lesson().views()) {
            Project.SceneExercise x = v.scene().exercise();
            if (x == null) {
                continue;
            }
            Exercise exercise = new Exercise(v.captionEn(), x.questionEn(), x.hintEn(), x.reference());
            Answer a = SelectAnswers.read(Fixtures.bundled(), QueryFactory.create(x.reference()), QueryOptions.defaults(),
                    1000, Cancellation.none());
            assertTrue(a.total() > 0, "the reference answers: " + v.captionEn());
            Verdict self = checker.check(exercise, x.reference(), Cancellation.none());
            assertTrue(self.passed(), v.captionEn() + ": " + self.summary());
            Verdict wrong = checker.check(exercise, "SELECT ?x WHERE { VALUES ?x { 1 } }", Cancellation.none());
            assertFalse(wrong.passed(), v.captionEn());
        }
    }

    @Test
    void itRoundTripsExactlyAndLeavesNoTemporaryFolder() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before;
        try (var s = Files.list(tmp)) {
            before = s.filter(f -> f.getFileName().toString().startsWith("kgx-lesson-")).toList();
        }
        Project p = lesson();
        try (var s = Files.list(tmp)) {
            assertEquals(before, s.filter(f -> f.getFileName().toString().startsWith("kgx-lesson-")).toList());
        }
        Path saved = dir.resolve("lesson.kgx");
        ProjectWriter.write(p, saved, false);
        try (OpenedProject again = ProjectReader.read(saved)) {
            assertEquals(p, again.project());
        }
    }

    @Test
    void anUnknownLessonIsRefusedInOneSentence() {
        ProjectException e = assertThrows(ProjectException.class, () -> BundledLessons.open("nope"));
        assertEquals("there is no bundled lesson \"nope\"", e.getMessage());
    }
}
