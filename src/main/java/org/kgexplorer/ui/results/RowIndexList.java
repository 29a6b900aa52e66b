package org.kgexplorer.ui.results;

import javafx.collections.ObservableListBase;

import org.kgexplorer.core.query.table.RowView;

/**
 * The items of the results table: the table row shown at each position, read straight from a {@link RowView}.
 * Nothing per row is allocated beyond what the visible cells ask for; a new sort or filter is a new list.
 */
final class RowIndexList extends ObservableListBase<Integer> {
    private final RowView view;

    RowIndexList(RowView view) {
        this.view = view;
    }

    @Override
    public Integer get(int index) {
        return view.row(index);
    }

    @Override
    public int size() {
        return view.size();
    }
}
