package org.kgexplorer.core.query.table;

/** One column to sort by, and the direction. */
public record SortColumn(int column, boolean ascending) {
}
