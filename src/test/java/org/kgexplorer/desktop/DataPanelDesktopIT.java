package org.kgexplorer.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ListView;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data panel on the real desktop (issue 13, item 6): expanding or collapsing a node of the class tree never
 * changes the chosen class or its instance list. The data is generated with the shape that showed the fault: a
 * class with instances beside a class with subclasses.
 */
class DataPanelDesktopIT {
    @TempDir
    Path dir;

    @Test
    void expandingAClassKeepsTheChosenClassAndItsInstances() throws Exception {
        Path data = dir.resolve("fleet.ttl");
        StringBuilder ttl = new StringBuilder("""
                @prefix ex: <https://example.org/fleet#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ex:Zeppelin a owl:Class ; rdfs:label "Zeppelin"@en .
                ex:Vehicle a owl:Class ; rdfs:label "Vehicle"@en .
                ex:Glider a owl:Class ; rdfs:subClassOf ex:Vehicle ; rdfs:label "Glider"@en .
                ex:Balloon a owl:Class ; rdfs:subClassOf ex:Vehicle ; rdfs:label "Balloon"@en .
                ex:g1 a ex:Glider ; rdfs:label "Glider one"@en .
                """);
        for (int i = 1; i <= 7; i++) {
            ttl.append("ex:z").append(i).append(" a ex:Zeppelin ; rdfs:label \"Zeppelin number ").append(i).append("\"@en .\n");
        }
        Files.writeString(data, ttl, StandardCharsets.UTF_8);
        DesktopLayer.screen(1440, 900).named("class-tree").args(data.toString()).run(ExpandingKeepsTheInstances.class);
    }

    public static final class ExpandingKeepsTheInstances implements Scenario {
        @Override
        public void run(RunningApp app, String... args) throws Exception {
            app.click(app.scrolledToCell("#class-tree", "Zeppelin"));
            RunningApp.waitUntil("the seven zeppelins are listed", () -> instances(app).size() == 7);
            List<String> before = instances(app);
            Node vehicle = app.scrolledToCell("#class-tree", "Vehicle");
            app.click(app.fx(() -> vehicle.lookup(".tree-disclosure-node")));
            RunningApp.waitUntil("Vehicle opens on its subclasses", () -> app.fxQuietly(() ->
                    app.stage.getScene().lookup("#class-tree").lookupAll(".tree-cell").stream()
                            .anyMatch(c -> c instanceof javafx.scene.control.Labeled l && l.getText() != null
                                    && (l.getText().contains("Glider") || l.getText().contains("Balloon")))));
            app.screenshot("expanded");
            // The instance list's heading names the chosen class, as the user reads it.
            String heading = app.text("#class-instances-header");
            assertEquals(true, heading.contains("Zeppelin"), "the chosen class stays chosen: " + heading);
            assertEquals(before, instances(app), "the instance list stays the chosen class's");
        }

        private static List<String> instances(RunningApp app) {
            return app.fxQuietly(() -> ((ListView<?>) app.stage.getScene().lookup("#class-instances")).getItems().stream()
                    .map(String::valueOf).toList());
        }
    }
}
