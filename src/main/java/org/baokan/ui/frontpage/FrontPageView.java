package org.baokan.ui.frontpage;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.baokan.model.PageInfo;
import org.baokan.model.StoredGuideEntry;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.SecureWebView;

import java.util.function.Consumer;

/** The front-page layout view: the page strip, and the page in a WebView. */
public final class FrontPageView extends BorderPane {
    private final FrontPageViewModel vm;
    private final Context context;
    private final SecureWebView web = new SecureWebView();
    private final HBox strip = new HBox(4);
    private final ToggleGroup pages = new ToggleGroup();

    /**
     * @param guide follows an entry of the page's 今日导读 box (the guide sidebar's own action)
     */
    public FrontPageView(FrontPageViewModel vm, Context context, Consumer<StoredGuideEntry> guide) {
        this.vm = vm;
        this.context = context;
        setId("frontPage");
        web.setId("frontPageWeb");
        strip.setId("pageStrip");
        strip.setAlignment(Pos.CENTER_LEFT);
        Button prev = new Button("‹");
        prev.setId("prevPage");
        prev.setTooltip(new Tooltip(context.messages().get("page.prev") + " (PgUp)"));
        prev.setOnAction(e -> vm.step(-1));
        Button next = new Button("›");
        next.setId("nextPage");
        next.setTooltip(new Tooltip(context.messages().get("page.next") + " (PgDn)"));
        next.setOnAction(e -> vm.step(1));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, strip, gap, prev, next);
        bar.getStyleClass().add("page-strip");
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        setTop(bar);
        setCenter(web);

        vm.pages().addListener((javafx.collections.ListChangeListener<PageInfo>) c -> drawStrip());
        context.state().page().addListener((o, old, p) -> selectStrip(p));
        vm.paintedBy();
        web.paints().addListener((o, old, n) -> vm.painted());
        vm.html().addListener((o, old, html) -> web.show(html));
        if (vm.html().get() != null) {
            web.show(vm.html().get());
        }
        web.onAction((kind, value) -> {
            switch (kind) {
                case "article" -> vm.openStory(Long.parseLong(value));
                case "guide" -> {
                    StoredGuideEntry g = vm.guideEntry(Long.parseLong(value));
                    if (g != null) {
                        guide.accept(g);
                    }
                }
                default -> {
                }
            }
        });
        context.state().articleShown().addListener((o, old, id) -> {
            if (id != null) {
                web.script("window.baokanMark && window.baokanMark(" + id + ")");
            }
        });
        drawStrip();
    }

    public SecureWebView web() {
        return web;
    }

    private void drawStrip() {
        strip.getChildren().clear();
        for (PageInfo p : vm.pages()) {
            ToggleButton b = new ToggleButton(p.displayName());
            b.setId("page-" + p.id());
            b.getStyleClass().add("page-tab");
            b.setToggleGroup(pages);
            b.setUserData(p);
            b.setOnAction(e -> {
                vm.show(p);
                b.setSelected(true);
            });
            strip.getChildren().add(b);
        }
        selectStrip(context.state().page().get());
    }

    private void selectStrip(PageInfo p) {
        pages.getToggles().forEach(t -> t.setSelected(p != null && p.equals(((ToggleButton) t).getUserData())));
    }
}
