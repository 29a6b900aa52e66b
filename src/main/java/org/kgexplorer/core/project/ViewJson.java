package org.kgexplorer.core.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * A graph view as {@code views/NN-slug.json}: Gson (which Jena already brings, ADR 43) writes and reads it. The keys
 * come in a fixed order and sets sorted, so one view always writes the same text.
 */
final class ViewJson {
    private ViewJson() {
    }

    static String write(ViewState view) {
        JsonObject o = new JsonObject();
        o.add("nodes", strings(view.nodes()));
        JsonObject positions = new JsonObject();
        view.positions().forEach((id, p) -> {
            JsonArray xy = new JsonArray();
            xy.add(p.x());
            xy.add(p.y());
            positions.add(id, xy);
        });
        o.add("positions", positions);
        o.add("pinned", strings(view.pinned()));
        o.add("hidden", strings(view.hidden()));
        o.add("hiddenClasses", strings(view.hiddenClasses()));
        o.add("hiddenProperties", strings(view.hiddenProperties()));
        o.addProperty("layout", view.layout());
        JsonObject camera = new JsonObject();
        camera.addProperty("x", view.camera().centerX());
        camera.addProperty("y", view.camera().centerY());
        camera.addProperty("zoom", view.camera().zoom());
        o.add("camera", camera);
        o.add("selection", strings(view.selection()));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    /** Reads a view; what is not a view is an {@link IllegalArgumentException} saying what is wrong. */
    static ViewState read(String text) {
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(text);
            if (!e.isJsonObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not JSON (" + firstLine(e) + ")");
        }
        Map<String, ViewState.Point> positions = new LinkedHashMap<>();
        JsonObject p = object(o, "positions");
        if (p != null) {
            for (Map.Entry<String, JsonElement> e : p.entrySet()) {
                if (!e.getValue().isJsonArray() || e.getValue().getAsJsonArray().size() != 2) {
                    throw new IllegalArgumentException("the position of " + e.getKey() + " is not [x, y]");
                }
                JsonArray xy = e.getValue().getAsJsonArray();
                positions.put(e.getKey(), new ViewState.Point(number(xy.get(0), "positions"), number(xy.get(1), "positions")));
            }
        }
        ViewState.Camera camera = ViewState.Camera.DEFAULT;
        JsonObject c = object(o, "camera");
        if (c != null) {
            camera = new ViewState.Camera(number(c.get("x"), "camera.x"), number(c.get("y"), "camera.y"),
                    number(c.get("zoom"), "camera.zoom"));
            if (camera.zoom() < 0) {
                throw new IllegalArgumentException("camera.zoom is negative");
            }
        }
        JsonElement layout = o.get("layout");
        if (layout != null && !(layout.isJsonPrimitive() && layout.getAsJsonPrimitive().isString())) {
            throw new IllegalArgumentException("layout is not a string");
        }
        return new ViewState(list(o, "nodes"), positions, new LinkedHashSet<>(list(o, "pinned")),
                new LinkedHashSet<>(list(o, "hidden")), new LinkedHashSet<>(list(o, "hiddenClasses")),
                new LinkedHashSet<>(list(o, "hiddenProperties")), layout == null ? "" : layout.getAsString(), camera,
                list(o, "selection"));
    }

    private static JsonArray strings(java.util.Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw new IllegalArgumentException(key + " is not an object");
        }
        return e.getAsJsonObject();
    }

    private static List<String> list(JsonObject o, String key) {
        JsonElement e = o.get(key);
        List<String> values = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return values;
        }
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException(key + " is not a list");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (JsonElement item : e.getAsJsonArray()) {
            if (!(item.isJsonPrimitive() && item.getAsJsonPrimitive().isString())) {
                throw new IllegalArgumentException(key + " holds something that is not a string");
            }
            if (seen.add(item.getAsString())) {
                values.add(item.getAsString());
            }
        }
        return values;
    }

    private static double number(JsonElement e, String where) {
        if (e instanceof JsonPrimitive p && p.isNumber()) {
            double d = p.getAsDouble();
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw new IllegalArgumentException(where + " is not a number");
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
