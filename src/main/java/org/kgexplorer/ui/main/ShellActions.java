package org.kgexplorer.ui.main;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the menus and shortcuts do, supplied by the screens that can do it. An action left null is shown
 * disabled, so a menu never promises what the window cannot do.
 */
public final class ShellActions {
    /** Ask for RDF files and add them to the data. */
    public Runnable addFiles;
    /** Ask for a folder and add its RDF files. */
    public Runnable addFolder;
    /** Ask for RDF files and replace the data with them. */
    public Runnable replaceWithFiles;
    /** Open one recent file (RDF, or a .rq query). */
    public Consumer<Path> openRecent;
    /** Ask for a .rq file and open it in a query tab. */
    public Runnable openQuery;
    /** Save the current query (.rq). */
    public Runnable saveQuery;
    /** Save the current query under a new name. */
    public Runnable saveQueryAs;
    /** Save the current results (CSV, TSV, JSON). */
    public Runnable saveResults;
    /** Run the current query. */
    public Runnable runQuery;
    /** New query tab. */
    public Runnable newQueryTab;
    /** Close the current query tab. */
    public Runnable closeQueryTab;
    /** Copy the current query as text. */
    public Runnable copyQuery;
    /** Focus the entity search. */
    public Runnable findEntity;
    /** Focus the results filter. */
    public Runnable filterResults;
    /** Go back in the details panel's history. */
    public Runnable back;
    /** Go forward in the details panel's history. */
    public Runnable forward;
    /** Brings the query workspace to the front. */
    public Runnable showQuery;
    /** Brings the relationship graph to the front. */
    public Runnable showGraph;
    /** Draws the answer shown in the results as a graph. */
    public Runnable resultsAsGraph;
    /** Opens the log file (warnings and errors). */
    public Runnable showLog;
}
