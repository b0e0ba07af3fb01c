package org.baokan.ui.guide;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.baokan.model.StoredArticle;
import org.baokan.model.StoredGuideEntry;
import org.baokan.ui.common.Choosing;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.HeadlineLabel;
import org.baokan.ui.common.Messages;
import org.baokan.ui.common.WrappingCell;

/** The 今日导读 sidebar: guide entries and teasers, a notice when one leads nowhere, and 本版标题. */
public final class GuideView extends VBox {
    public GuideView(GuideViewModel vm, Context context) {
        Messages m = context.messages();
        setId("guidePane");
        setSpacing(6);
        setPadding(new Insets(8));
        Label title = new Label(m.get("guide.title"));
        title.getStyleClass().addAll("pane-heading", "guide-heading");
        ListView<StoredGuideEntry> entries = new ListView<>(vm.entries());
        entries.setId("guideList");
        // an issue without 今日导读 says so in one line, and 本版标题 gets the room
        Label none = new Label(m.get("guide.empty"));
        none.setId("guideEmpty");
        none.getStyleClass().add("muted");
        none.visibleProperty().bind(Bindings.isEmpty(vm.entries()).and(context.state().issue().isNotNull()));
        none.managedProperty().bind(none.visibleProperty());
        entries.visibleProperty().bind(Bindings.isNotEmpty(vm.entries()));
        entries.managedProperty().bind(entries.visibleProperty());
        entries.setCellFactory(l -> new WrappingCell<>() {
            @Override
            protected void updateItem(StoredGuideEntry g, boolean empty) {
                super.updateItem(g, empty);
                getStyleClass().remove("missing");
                setText(null);
                if (empty || g == null) {
                    setGraphic(null);
                    return;
                }
                VBox box = new VBox(1);
                fitWidth(box);
                if (g.entry().kicker() != null) {
                    box.getChildren().add(headline(g.entry().kicker(), "guide-kicker"));
                }
                box.getChildren().add(headline(g.entry().title(), "guide-title"));
                if (g.entry().summary() != null) {
                    box.getChildren().add(wrapped(g.entry().summary(), "guide-summary"));
                }
                StringBuilder t = new StringBuilder();
                if (g.entry().page() != null) {
                    t.append("▶ ").append(m.format("guide.page", g.entry().page()));
                }
                if (g.targetArticleId() == null) {
                    t.append(g.entry().page() == null ? "" : "  ").append(m.get(g.targetPageId() == null
                            ? "guide.missing" : "guide.pageOnlyShort"));
                    getStyleClass().add("missing");
                }
                box.getChildren().add(wrapped(t.toString(), g.targetArticleId() == null ? "guide-missing" : "guide-page"));
                setGraphic(box);
            }
        });
        Choosing.opens(entries, entries.getSelectionModel()::getSelectedItem, vm::follow);
        Label notice = new Label();
        notice.setId("guideNotice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.notice());
        notice.visibleProperty().bind(vm.notice().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        Label pageTitles = new Label(m.get("guide.titles"));
        pageTitles.getStyleClass().add("pane-heading");
        ListView<StoredArticle> titles = new ListView<>(vm.titles());
        titles.setId("pageTitles");
        titles.setCellFactory(l -> new WrappingCell<>() {
            @Override
            protected void updateItem(StoredArticle a, boolean empty) {
                super.updateItem(a, empty);
                setText(null);
                if (empty || a == null) {
                    setGraphic(null);
                    return;
                }
                Label t = headline(a.article().displayTitle(), "page-title");
                fitWidth(t);
                setGraphic(t);
            }
        });
        Choosing.articlesOf(titles.getSelectionModel(), context.state(), StoredArticle::id);
        Choosing.opens(titles, titles.getSelectionModel()::getSelectedItem, vm::open);
        context.state().article().addListener((o, old, id) -> {
            if (titles.getSelectionModel().getSelectedItems().size() <= 1) {
                vm.titles().stream().filter(a -> id != null && a.id() == id).findFirst()
                        .ifPresent(a -> titles.getSelectionModel().clearAndSelect(vm.titles().indexOf(a)));
            }
        });
        VBox.setVgrow(entries, Priority.ALWAYS);
        VBox.setVgrow(titles, Priority.ALWAYS);
        getChildren().addAll(title, none, entries, notice, pageTitles, titles);
    }

    private static Label headline(String text, String style) {
        HeadlineLabel l = new HeadlineLabel(text);
        l.getStyleClass().add(style);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
