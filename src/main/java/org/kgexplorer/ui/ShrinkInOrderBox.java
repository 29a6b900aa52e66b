package org.kgexplorer.ui;

import java.util.List;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A row that, short of width, takes it from its children one after another in the order given, each down to its
 * minimum, instead of from all at once as {@link HBox} does (it shrinks every child alike, whatever its grow
 * priority). The results toolbar's filter field gives up its width before the column choice, which then keeps
 * "Todas las columnas" whole (ADR 31). Width left over goes to the children that grow ({@link Priority#ALWAYS}).
 */
public final class ShrinkInOrderBox extends HBox {
    private final List<Node> shrinkFirst;

    /**
     * @param spacing     the gap between its children
     * @param shrinkFirst the children that give up width, first one first
     * @param children    all of its children, left to right
     */
    public ShrinkInOrderBox(double spacing, List<Node> shrinkFirst, Node... children) {
        super(spacing, children);
        this.shrinkFirst = List.copyOf(shrinkFirst);
    }

    /**
     * The width at which only the first child to give up width has given it (down to its minimum) and every other
     * child is whole: a bar that holds this row shows its buttons' icons only rather than go narrower (ADR 31).
     */
    public double comfortableWidth() {
        List<Node> managed = getManagedChildren();
        double sum = snappedLeftInset() + snappedRightInset() + snapSpaceX(getSpacing()) * Math.max(0, managed.size() - 1);
        for (Node n : managed) {
            sum += snapSizeX(!shrinkFirst.isEmpty() && n == shrinkFirst.get(0) ? n.minWidth(-1) : n.prefWidth(-1));
        }
        return sum;
    }

    @Override
    protected void layoutChildren() {
        List<Node> managed = getManagedChildren();
        double[] widths = new double[managed.size()];
        double inner = getWidth() - snappedLeftInset() - snappedRightInset()
                - snapSpaceX(getSpacing()) * Math.max(0, managed.size() - 1);
        double used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = snapSizeX(managed.get(i).prefWidth(-1));
            used += widths[i];
        }
        double extra = inner - used;
        if (extra < 0) {
            for (Node n : shrinkFirst) {
                int i = managed.indexOf(n);
                if (i < 0 || extra >= 0) {
                    continue;
                }
                double give = Math.min(-extra, widths[i] - snapSizeX(n.minWidth(-1)));
                if (give > 0) {
                    widths[i] -= give;
                    extra += give;
                }
            }
        } else if (extra > 0) {
            long growing = managed.stream().filter(n -> getHgrow(n) == Priority.ALWAYS).count();
            for (int i = 0; i < widths.length && growing > 0; i++) {
                if (getHgrow(managed.get(i)) == Priority.ALWAYS) {
                    widths[i] += snapSizeX(extra / growing);
                }
            }
        }
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double h = getHeight() - y - snappedBottomInset();
        for (int i = 0; i < widths.length; i++) {
            layoutInArea(managed.get(i), x, y, widths[i], h, 0, HPos.LEFT, VPos.CENTER);
            x += widths[i] + snapSpaceX(getSpacing());
        }
    }
}
