package org.baokan.ui.search;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.baokan.ui.ReaderUiBase;
import org.baokan.ui.common.Screen;
import org.junit.jupiter.api.Test;

import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** Search: Ctrl+F, a query, and its hit opened with the words marked. */
class SearchUiTest extends ReaderUiBase {

    @Test
    void theDateFieldsShowTheirWholePlaceholder() throws Exception {
        robot.clickOn("#viewSearch");
        for (String id : new String[]{"#searchFrom", "#searchTo"}) {
            DatePicker picker = robot.lookup(id).queryAs(DatePicker.class);
            waitFor(() -> picker.isVisible() && picker.getWidth() > 0);
            TextField editor = picker.getEditor();
            double room = fx(() -> editor.getWidth() - editor.snappedLeftInset() - editor.snappedRightInset());
            double needed = fx(() -> {
                Text t = new Text(editor.getPromptText());
                t.setFont(editor.getFont());
                return t.getLayoutBounds().getWidth();
            });
            assertThat(fx(editor::getPromptText)).isEqualTo("YYYY-MM-DD");
            assertThat(room).as(id + ": room for " + fx(editor::getPromptText)).isGreaterThanOrEqualTo(needed);
        }
    }

    /** Types a query into the emptied search field and presses Enter. */
    private void query(String words) throws Exception {
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        fx(() -> {
            field.clear();
            return null;
        });
        robot.clickOn(field).write(words).type(KeyCode.ENTER);
    }

    @Test
    void searchingOpensTheHitWithTheWordsMarked() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitFor(() -> state().screen().get() == Screen.SEARCH);
        query("创城");
        ListView<?> hits = robot.lookup("#searchResults").queryAs(ListView.class);
        waitFor(() -> !hits.getItems().isEmpty());
        waitFor(() -> robot.lookup("#searchResults .list-cell").match((Node n) -> n instanceof ListCell<?> c
                && c.getItem() != null).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#searchResults .list-cell").match((Node n) -> n instanceof ListCell<?> c
                && c.getItem() != null).<Node>query());
        waitFor(() -> Objects.equals(state().highlight().get(), "创城")
                && "创城".equals(article().script("document.querySelector('mark') ? "
                + "document.querySelector('mark').textContent : ''")));
        assertThat(Integer.parseInt(text(article(), "document.querySelectorAll('mark').length"))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aNewSearchWithNoHitsTakesTheOldMarksOffTheArticle() throws Exception {
        robot.clickOn("#viewSearch");
        waitFor(() -> state().screen().get() == Screen.SEARCH);
        query("创城");
        waitFor(() -> robot.lookup("#searchResults .list-cell").match((Node n) -> n instanceof ListCell<?> c
                && c.getItem() != null).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#searchResults .list-cell").match((Node n) -> n instanceof ListCell<?> c
                && c.getItem() != null).<Node>query());
        waitFor(() -> Objects.equals(state().highlight().get(), "创城")
                && !"0".equals(String.valueOf(article().script("document.querySelectorAll('mark').length"))));
        Long shown = fx(() -> state().article().get());

        query("乌兹别克斯坦");
        ListView<?> hits = robot.lookup("#searchResults").queryAs(ListView.class);
        waitFor(() -> Objects.equals(state().searched().get(), "乌兹别克斯坦") && hits.getItems().isEmpty());
        waitFor(() -> state().highlight().get() == null
                && "0".equals(String.valueOf(article().script("document.querySelectorAll('mark').length")))
                && article().script("document.getElementById('title') ? 1 : 0").toString().equals("1"));
        assertThat(fx(() -> state().article().get())).as("the same article, unmarked").isEqualTo(shown);
    }
}
