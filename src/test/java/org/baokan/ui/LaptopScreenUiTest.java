package org.baokan.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader on a laptop's screen. The pom runs this class in an execution of its own on a
 * 1280×800 screen ({@code headless.geometry}), where the first window used to open at 1600×1000
 * reaching off the screen, the page fell to one column, and names and buttons were cut short.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LaptopScreenUiTest extends ReaderUiBase {

    @Test
    @Order(1)
    void theTestsScreenIsALaptops() throws Exception {
        Rectangle2D screen = fx(() -> Screen.getPrimary().getBounds());
        assertThat(screen.getWidth()).as("run by the pom's laptop-screen execution").isEqualTo(1280);
        assertThat(screen.getHeight()).isEqualTo(800);
    }

    @Test
    @Order(2)
    void theWindowLiesWithinTheScreensVisualBounds() throws Exception {
        Rectangle2D screen = fx(() -> Screen.getPrimary().getVisualBounds());
        Window w = fx(() -> window().root().getScene().getWindow());
        Rectangle2D bounds = fx(() -> new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight()));
        assertThat(bounds.getMinX()).as("%s on %s", bounds, screen).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(bounds.getMinY()).as("%s on %s", bounds, screen).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(bounds.getMaxX()).as("%s on %s", bounds, screen).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(bounds.getMaxY()).as("%s on %s", bounds, screen).isLessThanOrEqualTo(screen.getMaxY());
        // the menus and the status bar are on the screen, not only the window's frame
        for (String id : List.of("#menuBar", ".status-bar")) {
            Bounds b = fx(() -> window().root().lookup(id).localToScreen(window().root().lookup(id).getLayoutBounds()));
            assertThat(screen.contains(b.getMinX(), b.getMinY()) && screen.contains(b.getMaxX() - 1, b.getMaxY() - 1))
                    .as(id + " at " + b + " on " + screen).isTrue();
        }
    }

    @Test
    @Order(3)
    void theFrontPageStillSetsItsStoriesInColumns() throws Exception {
        String js = "(function(){var s=document.querySelectorAll('.columns > .story');var xs={};"
                + "for(var i=0;i<s.length;i++){xs[Math.round(s[i].getBoundingClientRect().left)]=1;}"
                + "return s.length+' '+Object.keys(xs).length+' '+window.innerWidth;})()";
        String[] found = text(page(), js).split(" ");
        int stories = Integer.parseInt(found[0]);
        int columns = Integer.parseInt(found[1]);
        assertThat(stories).as("the newest front page has stories beside its lead").isGreaterThanOrEqualTo(2);
        assertThat(columns).as("columns of stories in a page view " + found[2] + " px wide").isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(4)
    void theTimelineShowsTheWholeNameAndItsButtons() throws Exception {
        fx(() -> {
            state().screen().set(org.baokan.ui.common.Screen.TIMELINE);
            state().timeline().set(org.baokan.ui.common.TimelineSubject.person("刘章箭"));
            return null;
        });
        waitFor(() -> robot.lookup("#timelineTitle").tryQuery().isPresent());
        Label title = robot.lookup("#timelineTitle").queryAs(Label.class);
        waitFor(() -> "刘章箭".equals(title.getText())
                && !robot.lookup("#timelineTable").queryAs(TableView.class).getItems().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Parent head = fx(() -> title.getParent().getParent()); // the name, its counts and the zoom buttons
        assertThat(fx(() -> truncated(head))).as("cut short").isEmpty();
        assertThat(fx(() -> title.getWidth() + 0.5 >= title.prefWidth(-1))).as("the name's whole width").isTrue();
        // the people list shows every name and title whole, wrapped, without scrolling sideways
        javafx.scene.control.ListView<?> people = robot.lookup("#peopleList").queryAs(javafx.scene.control.ListView.class);
        waitFor(() -> !people.getItems().isEmpty() && !robot.from(people).lookup(".list-cell").queryAll().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> truncated(people))).as("people cut short").isEmpty();
        assertThat(fx(() -> people.lookupAll(".scroll-bar").stream().filter(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).noneMatch(Node::isVisible)))
                .as("no sideways scrolling").isTrue();
        fx(() -> {
            state().screen().set(org.baokan.ui.common.Screen.PAGE);
            return null;
        });
    }

    @Test
    @Order(5)
    void inEnglishTheArticleToolsStandWholeInThePane() throws Exception {
        Long shown = fx(() -> state().article().get());
        var s = fx(this::settings);
        apply(s.withLook(s.dark(), s.textPx(), "en"));
        waitFor(() -> window().root().lookup("#articleTools") != null && shown.equals(state().article().get())
                && "Copy citation".equals(citeText()));
        Region tools = (Region) fx(() -> window().root().lookup("#articleTools"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> truncated(tools))).as("cut short").isEmpty();
        for (Node n : fx(tools::getChildrenUnmodifiable)) {
            Bounds b = fx(n::getBoundsInParent);
            assertThat(b.getMaxX()).as(n + " within the tools' " + fx(tools::getWidth) + " px")
                    .isLessThanOrEqualTo(fx(tools::getWidth) + 0.5);
            if (n instanceof Control c) {
                assertThat(fx(() -> c.getWidth() + 0.5 >= c.prefWidth(-1))).as("whole: " + c).isTrue();
            }
        }
        apply(fx(this::settings).withLook(s.dark(), s.textPx(), s.language()));
    }

    private String citeText() {
        Node tools = window().root().lookup("#articleTools");
        return tools == null ? "" : ((Parent) tools).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.control.MenuButton).map(n -> ((javafx.scene.control.MenuButton) n)
                        .getText()).findFirst().orElse("");
    }
}
