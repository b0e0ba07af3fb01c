package org.baokan.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's notice is about what the reader was looking at. */
class AppStateTest {

    @Test
    void aNoticeClearsWhenTheReaderMovesToAnotherScreenOrArticle() {
        AppState s = new AppState();
        s.status().set("已新建档案");
        s.openArticle(1, null); // the first article opening is no move: the notice stays
        assertThat(s.status().get()).isEqualTo("已新建档案");
        s.openArticle(1, "创城"); // the same article again, with a search's words marked
        assertThat(s.status().get()).isEqualTo("已新建档案");
        s.openArticle(2, null);
        assertThat(s.status().get()).isEmpty();
        s.status().set("第03版未收入档案，无法打开这篇文章。");
        s.screen().set(Screen.SEARCH);
        assertThat(s.status().get()).isEmpty();
        s.status().set("已复制到剪贴板");
        s.textPx().set(20); // a larger text is no move either
        assertThat(s.status().get()).isEqualTo("已复制到剪贴板");
    }
}
