package org.baokan.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.SelectionMode;

import java.util.Objects;
import java.util.function.Function;

/** A list whose selected rows are the articles chosen for export (Ctrl/Shift-click chooses several). */
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
}
