package org.baokan.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.SelectionMode;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lists the reader chooses from: the rows selected are the articles chosen for export
 * (Ctrl/Shift-click chooses several), and a click or Enter opens the row selected.
 */
public final class Choosing {
    private Choosing() {
    }

    /**
     * Lets the list select several rows and keeps {@link AppState#chosen()} at their articles.
     *
     * @param article a row's article id, or null for a row that is no article
     */
    public static <T> void articlesOf(MultipleSelectionModel<T> selection, AppState state, Function<T, Long> article) {
        selection.setSelectionMode(SelectionMode.MULTIPLE);
        selection.getSelectedItems().addListener((ListChangeListener<T>) c -> state.chosen().setAll(
                selection.getSelectedItems().stream().map(article).filter(Objects::nonNull).distinct().toList()));
    }

    /** A click on the control, or Enter in it, hands the row selected (if any) to {@code open}. */
    public static <T> void opens(javafx.scene.Node control, Supplier<T> selected, Consumer<T> open) {
        Runnable act = () -> {
            T row = selected.get();
            if (row != null) {
                open.accept(row);
            }
        };
        control.setOnMouseClicked(e -> act.run());
        control.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                act.run();
            }
        });
    }
}
