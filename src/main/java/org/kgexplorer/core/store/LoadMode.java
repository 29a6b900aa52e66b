package org.kgexplorer.core.store;

/** Whether a load adds to the data already loaded or replaces it. */
public enum LoadMode {
    ADD,
    REPLACE
}
