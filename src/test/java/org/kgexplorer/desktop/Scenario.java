package org.kgexplorer.desktop;

/**
 * What a desktop test does with the running application, inside the application's JVM (so it can read the scene
 * graph); it acts only as a user would, through {@link RunningApp}'s real key presses and mouse clicks.
 */
@FunctionalInterface
interface Scenario {
    /** Drives the window; throws (an assertion error, usually) when what a user would see is wrong. */
    void run(RunningApp app, String... args) throws Exception;

    /**
     * Runs before the application starts, in its JVM (to watch what happens before the window shows the bundled
     * graph, when {@link #run} begins: the first frames of an entity named on the command line, say).
     */
    default void beforeStart(String... args) {
    }
}
