package org.kgexplorer.ui.explain;

/** Where the timeline's and the matrix's texts are. */
final class ExplainTexts {
    static final String BUNDLE = "org.kgexplorer.ui.explain.messages";

    private ExplainTexts() {
    }
}
