package org.baokan.ui.article;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Messages;
import org.baokan.ui.common.SecureWebView;
import org.baokan.ui.common.TimelineSubject;

import java.util.function.Consumer;

/** The article pane: a toolbar (previous, next, text size, copy with citation) over the article. */
public final class ArticleView extends BorderPane {
    private final ArticleViewModel vm;
    private final SecureWebView web = new SecureWebView();

    /**
     * @param timeline opens a person's or a place's timeline (a click on a marked name)
     */
    public ArticleView(ArticleViewModel vm, Context context, Consumer<TimelineSubject> timeline) {
        this.vm = vm;
        Messages m = context.messages();
        setId("articlePane");
        web.setId("articleWeb");
        Button prev = button("‹", "articlePrev", m.get("article.prev") + " (Alt+↑)");
        prev.setOnAction(e -> vm.step(-1));
        Button next = button("›", "articleNext", m.get("article.next") + " (Alt+↓)");
        next.setOnAction(e -> vm.step(1));
        Button smaller = button("A−", "zoomOut", m.get("article.zoomOut") + " (Ctrl −)");
        smaller.setOnAction(e -> vm.zoomOut());
        Label size = new Label();
        size.setId("zoomLabel");
        size.textProperty().bind(vm.zoom().multiply(100).asString("%.0f%%"));
        Button reset = button("A", "zoomReset", m.get("article.zoomReset") + " (Ctrl 0)");
        reset.setOnAction(e -> vm.zoomReset());
        Button larger = button("A+", "zoomIn", m.get("article.zoomIn") + " (Ctrl +)");
        larger.setOnAction(e -> vm.zoomIn());
        Button copy = button(m.get("article.copy"), "copyWithCitation", m.get("article.copyTip"));
        copy.setOnAction(e -> copy(vm.textWithCitation(), context));
        MenuItem gbt = new MenuItem(m.get("article.citeGbt"));
        gbt.setId("copyCitationGbt");
        gbt.setOnAction(e -> copy(vm.citation(), context));
        MenuItem ris = new MenuItem(m.get("article.citeRis"));
        ris.setId("copyCitationRis");
        ris.setOnAction(e -> copy(vm.ris(), context));
        MenuButton cite = new MenuButton(m.get("article.cite"), null, gbt, ris);
        cite.setId("copyCitation");
        cite.setTooltip(new Tooltip(m.get("article.citeTip")));
        cite.getStyleClass().add("flat");
        cite.setFocusTraversable(false);
        // the buttons keep their labels whole; on a narrow pane the tools wrap onto a second row
        // instead of running past its edge (in English the citation menu's arrow was cut off)
        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(4, 4, smaller, size, reset, larger, copy, cite);
        tools.setId("articleTools");
        tools.setAlignment(Pos.CENTER_RIGHT);
        tools.setMinWidth(0);
        tools.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        prev.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(tools, Priority.ALWAYS);
        HBox bar = new HBox(4, prev, next, tools);
        bar.setAlignment(Pos.TOP_LEFT); // a second row of tools stands under the first, the arrows stay on top
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("pane-toolbar");
        setTop(bar);
        setCenter(web);

        prev.disableProperty().bind(vm.current().isNull().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.current().get() == null || vm.current().get().previous() == null, vm.current())));
        next.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.current().get() == null || vm.current().get().next() == null, vm.current()));
        copy.disableProperty().bind(vm.current().isNull());
        cite.disableProperty().bind(vm.current().isNull());
        vm.html().addListener((o, old, html) -> web.show(html));
        vm.paintedBy();
        web.paints().addListener((o, old, n) -> vm.painted(web.painted()));
        vm.zoom().addListener((o, old, z) -> web.setZoom(z.doubleValue()));
        web.onAction((kind, value) -> {
            switch (kind) {
                case "person" -> timeline.accept(TimelineSubject.person(value));
                case "place" -> timeline.accept(TimelineSubject.place(value));
                case "article" -> context.state().openArticle(Long.parseLong(value), context.state().highlight().get());
                default -> {
                }
            }
        });
    }

    public SecureWebView web() {
        return web;
    }

    /**
     * Shows the pane's "no article" note once {@code first} changes, unless an article came
     * first or is being opened. WebKit's first document is slow (about half a second): at start-up
     * the page view gets it, and the note would only be replaced by the lead story at once.
     */
    public void showNoteAfter(javafx.beans.value.ObservableValue<?> first, Context context) {
        javafx.beans.value.ChangeListener<Object> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> o, Object old, Object now) {
                first.removeListener(this);
                if (web.shown() == 0 && context.state().article().get() == null) {
                    web.show(vm.html().get());
                }
            }
        };
        first.addListener(once);
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("flat");
        return b;
    }

    private static void copy(String text, Context context) {
        if (text == null) {
            return;
        }
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
        context.state().status().set(context.messages().get("article.copied"));
    }
}
