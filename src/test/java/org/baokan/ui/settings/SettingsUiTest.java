package org.baokan.ui.settings;

import javafx.scene.control.ListView;
import org.baokan.ui.ReaderUiBase;
import org.baokan.ui.article.ArticleViewModel;
import org.baokan.ui.common.AppState;
import org.baokan.ui.common.Settings;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import org.testfx.util.WaitForAsyncUtils;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings taken from the dialog: a new theme or language keeps what the window showed. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettingsUiTest extends ReaderUiBase {

    @Test
    @Order(1)
    void aNewLanguageOrThemeKeepsThePageTheArticleAndTheGuide() throws Exception {
        long issue = fx(() -> state().issue().get().id());
        Long article = fx(() -> state().article().get());
        String english = fx(() -> settings().language()).equals("en") ? "zh" : "en";
        for (UnaryOperator<Settings> change : List.<UnaryOperator<Settings>>of(
                s -> s.withLook(!s.dark(), s.textPx(), s.language()),
                s -> s.withLook(s.dark(), s.textPx(), english),
                s -> s.withLook(!s.dark(), s.textPx(), "zh"))) {
            apply(change.apply(fx(this::settings)));
            waitFor(() -> state().issue().get() != null && state().issue().get().id() == issue
                    && article.equals(state().article().get())
                    && !window().frontPageView().web().script("document.querySelectorAll('.story').length")
                    .toString().equals("0")
                    && window().articleView().web().script("document.getElementById('title') ? 1 : 0")
                    .toString().equals("1"));
            assertThat(fx(() -> window().frontPageView().lookupAll(".page-tab").size())).isPositive();
            waitFor(() -> !((ListView<?>) window().root().lookup("#pageTitles")).getItems().isEmpty());
        }
    }

    @Test
    @Order(2)
    void theWindowOfTheOldLanguageNoLongerFollowsTheSelection() throws Exception {
        ArticleViewModel old = fx(() -> window().article());
        AppState oldState = fx(this::state);
        String oldHtml = fx(() -> old.html().get());
        String language = fx(() -> settings().language());
        Settings now = fx(this::settings);
        apply(now.withLook(now.dark(), now.textPx(), language.equals("en") ? "zh" : "en"));
        waitFor(() -> window().article() != old && window().article().current().get() != null);
        long next = fx(() -> {
            var loaded = window().article().current().get();
            return (loaded.next() != null ? loaded.next() : loaded.previous()).id();
        });
        fx(() -> {
            state().openArticle(next, null);
            return null;
        });
        waitFor(() -> window().article().current().get() != null
                && window().article().current().get().article().id() == next);
        assertThat(fx(() -> old.html().get())).isEqualTo(oldHtml);
        assertThat(fx(() -> old.current().get().article().id())).isNotEqualTo(next);
        // work the old window started (an import, an export) still reaches the new window
        long version = fx(() -> state().archiveVersion().get());
        fx(() -> {
            oldState.status().set("导出完成");
            oldState.archiveVersion().set(oldState.archiveVersion().get() + 1);
            return null;
        });
        assertThat(fx(() -> state().status().get())).isEqualTo("导出完成");
        assertThat(fx(() -> state().archiveVersion().get())).isGreaterThan(version);
        Settings after = fx(this::settings);
        apply(after.withLook(after.dark(), after.textPx(), language));
    }

    @Test
    @Order(3)
    void theDialogShowsEveryLabelWholeAndNoEmptyProblemBar() throws Exception {
        for (String language : List.of("zh", "en")) {
            var m = new org.baokan.ui.common.Messages(org.baokan.ui.common.Messages.locale(language));
            SettingsViewModel vm = fx(() -> new SettingsViewModel(settings()));
            javafx.scene.control.Dialog<?> d = fx(() -> {
                var dialog = SettingsDialog.create(window().root().getScene().getWindow(), vm, m);
                dialog.show();
                return dialog;
            });
            try {
                javafx.scene.control.DialogPane pane = d.getDialogPane();
                waitFor(() -> pane.getScene() != null && pane.getScene().getWindow().isShowing()
                        && pane.getWidth() > 0);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(fx(() -> truncated(pane))).as(language + ": cut short").isEmpty();
                javafx.scene.Node problem = fx(() -> pane.lookup("#settingsProblem"));
                assertThat(fx(problem::isVisible)).as(language + ": no problem, no bar").isFalse();
                assertThat(fx(problem::isManaged)).isFalse();
                // a problem shows on OK, in words, and the dialog stays open to put it right
                fx(() -> {
                    vm.archive().set(dataDir().toString()); // a folder, not an archive file
                    ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
                    return null;
                });
                assertThat(fx(problem::isVisible)).isTrue();
                assertThat(fx(() -> ((javafx.scene.control.Label) problem).getText())).isNotBlank();
                assertThat(fx(() -> pane.getScene().getWindow().isShowing())).isTrue();
            } finally {
                fx(() -> {
                    d.setResult(null);
                    d.close();
                    return null;
                });
            }
        }
    }
}
