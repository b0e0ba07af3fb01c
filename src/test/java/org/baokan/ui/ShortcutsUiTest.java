package org.baokan.ui;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.baokan.ui.common.Screen;
import org.baokan.ui.common.SecureWebView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's shortcuts work whatever has focus: each is pressed with the focus in a WebView
 * (the page view, or the article pane), which otherwise scrolls on arrows and PgUp/PgDn.
 */
class ShortcutsUiTest extends ReaderUiBase {

    @BeforeEach
    void onTheNewestIssuesFirstPage() throws Exception {
        fx(() -> {
            state().screen().set(Screen.PAGE);
            return null;
        });
        robot.clickOn("#nextIssue");
        waitFor(() -> LocalDate.of(2020, 9, 11).equals(state().issue().get().date()));
        assertThat(inStep(WAIT_SECONDS)).as(panes()).isTrue();
    }

    private void focus(SecureWebView web) throws Exception {
        fx(() -> {
            web.webView().requestFocus();
            return null;
        });
        waitFor(() -> web.webView().isFocused());
    }

    /** Waits for the page shown to be (or not be) this one; says what the window shows if it is not. */
    private void pageIs(boolean same, String name) throws Exception {
        try {
            waitFor(() -> state().page().get().displayName().equals(name) == same);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(fx(() -> "page " + state().page().get().displayName() + " (id "
                    + state().page().get().id() + "), strip " + window().frontPageView() + ", status '"
                    + state().status().get() + "', focus " + window().root().getScene().getFocusOwner()));
        }
    }

    private void alt(KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @Test
    void altDownAndUpOpenTheNextAndPreviousArticleWithTheFocusInThePageView() throws Exception {
        Long first = fx(() -> state().article().get());
        focus(page());
        alt(KeyCode.DOWN);
        waitFor(() -> state().article().get() != null && !state().article().get().equals(first));
        focus(page());
        alt(KeyCode.UP);
        waitFor(() -> first.equals(state().article().get()));
    }

    @Test
    void altDownOpensTheNextArticleWithTheFocusInTheArticlePane() throws Exception {
        Long first = fx(() -> state().article().get());
        focus(article());
        alt(KeyCode.DOWN);
        waitFor(() -> state().article().get() != null && !state().article().get().equals(first));
    }

    @Test
    void altLeftAndRightShowThePreviousAndNextIssueWithTheFocusInThePageView() throws Exception {
        focus(page());
        alt(KeyCode.LEFT);
        waitFor(() -> LocalDate.of(2020, 5, 12).equals(state().issue().get().date()));
        focus(page());
        alt(KeyCode.RIGHT);
        waitFor(() -> LocalDate.of(2020, 9, 11).equals(state().issue().get().date()));
    }

    @Test
    void pageDownAndUpTurnThePagesWithTheFocusInThePageView() throws Exception {
        robot.clickOn("#prevIssue"); // 2020-05-12 has pages 01 and 02
        waitFor(() -> LocalDate.of(2020, 5, 12).equals(state().issue().get().date()));
        assertThat(inStep(WAIT_SECONDS)).as(panes()).isTrue(); // the issue's lead story has come: it settles no more
        String firstPage = fx(() -> state().page().get().displayName());
        focus(page());
        assertThat(inStep(WAIT_SECONDS)).as(panes()).isTrue();
        robot.type(KeyCode.PAGE_DOWN);
        pageIs(false, firstPage);
        assertThat(inStep(WAIT_SECONDS)).as(panes()).isTrue();
        focus(page());
        robot.type(KeyCode.PAGE_UP);
        pageIs(true, firstPage);
    }

    @Test
    void pageUpWorksAfterOpeningAGuideEntry() throws Exception {
        robot.clickOn("#prevIssue");
        waitFor(() -> LocalDate.of(2020, 5, 12).equals(state().issue().get().date()));
        assertThat(inStep(WAIT_SECONDS)).as(panes()).isTrue(); // the issue's lead story has come: it settles no more
        String firstPage = fx(() -> state().page().get().displayName());
        robot.clickOn(cellContaining("#guideList", "全心全力保校园平安")); // on page 02
        showArticleTitled("全心全力保校园平安");
        pageIs(false, firstPage);
        assertThat(inStep(WAIT_SECONDS)).as(panes()).isTrue();
        robot.type(KeyCode.PAGE_UP); // the focus is where the click left it: the guide list
        pageIs(true, firstPage);
        assertThat(inStep(WAIT_SECONDS)).as(panes()).isTrue();
        robot.type(KeyCode.PAGE_DOWN);
        pageIs(false, firstPage);
        assertThat(inStep(WAIT_SECONDS)).as(panes()).isTrue();
        focus(page());
        robot.type(KeyCode.PAGE_UP);
        pageIs(true, firstPage);
    }

    @Test
    void ctrlDigitsAndCtrlFSwitchTheViewWithTheFocusInThePageView() throws Exception {
        focus(page());
        ctrl(KeyCode.DIGIT2);
        waitFor(() -> state().screen().get() == Screen.TIMELINE);
        ctrl(KeyCode.DIGIT1);
        waitFor(() -> state().screen().get() == Screen.PAGE);
        focus(page());
        ctrl(KeyCode.F);
        waitFor(() -> state().screen().get() == Screen.SEARCH);
    }

    @Test
    void ctrlPlusMinusAndZeroSizeTheTextWithTheFocusInTheArticlePane() throws Exception {
        focus(article());
        ctrl(KeyCode.EQUALS);
        waitFor(() -> window().article().zoom().get() > 1.0);
        focus(article());
        ctrl(KeyCode.DIGIT0);
        waitFor(() -> window().article().zoom().get() == 1.0);
        focus(article());
        ctrl(KeyCode.MINUS);
        waitFor(() -> window().article().zoom().get() < 1.0);
        focus(article());
        ctrl(KeyCode.DIGIT0);
        waitFor(() -> window().article().zoom().get() == 1.0);
    }

    /** Every menu item with an accelerator, in menu order. */
    private List<MenuItem> acceleratedItems() throws Exception {
        return fx(() -> ((MenuBar) window().root().lookup("#menuBar")).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(i -> i.getAccelerator() != null).toList());
    }

    /** Types a key combination as a reader would: its modifiers held, its key pressed. */
    private void type(KeyCodeCombination k) {
        List<KeyCode> held = new ArrayList<>();
        if (k.getShortcut() == KeyCombination.ModifierValue.DOWN || k.getControl() == KeyCombination.ModifierValue.DOWN) {
            held.add(KeyCode.CONTROL);
        }
        if (k.getShift() == KeyCombination.ModifierValue.DOWN) {
            held.add(KeyCode.SHIFT);
        }
        if (k.getAlt() == KeyCombination.ModifierValue.DOWN) {
            held.add(KeyCode.ALT);
        }
        robot.press(held.toArray(KeyCode[]::new)).type(k.getCode()).release(held.toArray(KeyCode[]::new));
    }

    @Test
    void everyMenuShortcutReachesItsItemWithTheFocusInEitherWebView() throws Exception {
        List<MenuItem> items = acceleratedItems();
        assertThat(items).extracting(MenuItem::getId).contains("menuImportFiles", "menuImportFolder", "menuPrint",
                "menuPrintPreview", "menuExportPdf", "menuExportJson", "menuSettings", "menuShortcuts", "menuQuit");
        Map<MenuItem, EventHandler<ActionEvent>> actions = new LinkedHashMap<>();
        List<String> fired = new CopyOnWriteArrayList<>();
        fx(() -> {
            for (MenuItem i : items) {
                actions.put(i, i.getOnAction());
                i.setOnAction(e -> fired.add(i.getId())); // heard, not done: no dialog, no quitting
            }
            return null;
        });
        try {
            for (SecureWebView web : List.of(page(), article())) {
                for (MenuItem i : items) {
                    fired.clear();
                    focus(web);
                    type((KeyCodeCombination) i.getAccelerator());
                    try {
                        waitFor(() -> fired.contains(i.getId()));
                    } catch (java.util.concurrent.TimeoutException e) {
                        throw new AssertionError(i.getAccelerator().getName() + " did not reach " + i.getId()
                                + " with the focus in " + (web == page() ? "the page view" : "the article pane")
                                + "; heard: " + fired);
                    }
                    assertThat(fired).as(i.getAccelerator().getName()).containsOnly(i.getId());
                }
            }
        } finally {
            fx(() -> {
                actions.forEach(MenuItem::setOnAction);
                return null;
            });
        }
    }

    @Test
    void f1ListsEveryMenuShortcut() throws Exception {
        List<MenuItem> items = acceleratedItems();
        focus(article());
        robot.type(KeyCode.F1);
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().lookup("#shortcutsList") != null));
        Parent list = (Parent) fx(() -> Window.getWindows().stream().map(w -> w.getScene().lookup("#shortcutsList"))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow());
        List<String> labels = fx(() -> list.getChildrenUnmodifiable().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).toList());
        for (MenuItem i : items) {
            String key = fx(() -> i.getAccelerator().getDisplayText());
            int at = labels.indexOf(key);
            assertThat(at).as(key + " for " + i.getText() + " in " + labels).isNotNegative();
            assertThat(labels.get(at + 1)).as("the key's item").isEqualTo(i.getText().replace("…", ""));
        }
        assertThat(fx(() -> truncated(list.getScene().getRoot()))).as("cut short").isEmpty();
        // F1 again brings the same list forward instead of opening a second one
        focus(article());
        robot.type(KeyCode.F1);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#shortcutsList") != null).count())).isEqualTo(1);
        Platform.runLater(() -> ((Stage) list.getScene().getWindow()).close());
        waitFor(() -> Window.getWindows().stream().noneMatch(w -> w.getScene() != null
                && w.getScene().lookup("#shortcutsList") != null));
    }
}
