package org.kgexplorer.ui.results;

import javafx.collections.ObservableListBase;

import org.kgexplorer.core.query.table.RowView;

/**
 * The items of the results table: the table row shown at each position, read straight from a {@link RowView}.
 * Nothing per row is allocated beyond what the visible cells ask for; a new sort or filter is a new list, while rows
 * of a streamed answer arriving in the query's order are added to the same list ({@link #extend}).
 */
final class RowIndexList extends ObservableListBase<Integer> {
    private RowView view;

    RowIndexList(RowView view) {
        this.view = view;
    }

    /**
     * Shows {@code longer} instead when both show every row in the query's order and it has at least as many: the
     * rows after the present ones are added (the cells already shown stay, and so does the selection).
     *
     * @return whether the list now shows {@code longer}
     */
    boolean extend(RowView longer) {
        if (!view.isAll() || !longer.isAll() || longer.size() < view.size()) {
            return false;
        }
        int before = view.size();
        view = longer;
        if (longer.size() > before) {
            beginChange();
            nextAdd(before, longer.size());
            endChange();
        }
        return true;
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
