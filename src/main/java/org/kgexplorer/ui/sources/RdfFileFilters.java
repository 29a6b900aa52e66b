package org.kgexplorer.ui.sources;

import javafx.stage.FileChooser;

/** The file-chooser filter for the RDF syntaxes KG Explorer reads. */
public final class RdfFileFilters {
    private RdfFileFilters() {
    }

    public static FileChooser.ExtensionFilter rdf(String description) {
        return new FileChooser.ExtensionFilter(description, "*.ttl", "*.nt", "*.nq", "*.trig", "*.rdf", "*.owl",
                "*.xml", "*.jsonld", "*.ttl.gz", "*.nt.gz", "*.nq.gz", "*.trig.gz", "*.rdf.gz", "*.owl.gz", "*.jsonld.gz");
    }
}
