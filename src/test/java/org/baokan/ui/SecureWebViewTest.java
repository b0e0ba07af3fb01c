package org.baokan.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.baokan.model.Article;
import org.baokan.model.ArticleKind;
import org.baokan.model.StoredArticle;
import org.baokan.render.ArticleDocument;
import org.baokan.render.ArticleRenderer;
import org.baokan.render.RenderStyle;
import org.baokan.ui.common.Fonts;
import org.baokan.ui.common.SecureWebView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A crafted article can neither run script nor reach the network; Chinese renders with the bundled font. */
@ExtendWith(ApplicationExtension.class)
class SecureWebViewTest {
    private SecureWebView web;

    @Start
    void start(Stage stage) {
        assertThat(Fonts.load()).isTrue();
        web = new SecureWebView();
        stage.setScene(new Scene(web, 800, 600));
        stage.show();
    }

    private Object js(String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> web.script(script)).get(10, TimeUnit.SECONDS);
    }

    private void show(String html) throws Exception {
        long before = WaitForAsyncUtils.asyncFx(() -> web.loads().get()).get();
        WaitForAsyncUtils.asyncFx(() -> web.show(html));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> web.loads().get())
                .get() > before);
    }

    @Test
    void articleTextCannotRunScriptOrLoadAnything() throws Exception {
        Article hostile = new Article(ArticleKind.NEWS, null, "<script>window.hacked=1</script>标题", null, null,
                List.of(), List.of(), List.of(), List.of(), null, null,
                List.of("<img src=\"http://127.0.0.1:9/x.png\" onerror=\"window.hacked=2\">正文",
                        "<a href=\"http://127.0.0.1:9/\">链接</a>"), List.of(), List.of(), List.of());
        StoredArticle s = new StoredArticle(1, 1, 1, 0, "报", LocalDate.of(2020, 1, 1), null, true, hostile);
        show(ArticleRenderer.render(new ArticleDocument(s, Map.of(), null, null, null), RenderStyle.LIGHT,
                ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE)));
        assertThat(js("typeof window.hacked")).isEqualTo("undefined");
        assertThat(js("document.querySelectorAll('img').length")).isEqualTo(0);
        assertThat(js("document.querySelectorAll('a[href]').length")).isEqualTo(0);
        assertThat(js("document.getElementById('title').textContent")).isEqualTo("<script>window.hacked=1</script>标题");
    }

    @Test
    void aShortDarkDocumentIsDarkBelowItsTextToo() throws Exception {
        show(ArticleRenderer.empty("点击版面上的文章，在此阅读全文", new RenderStyle(true, RenderStyle.DEFAULT_TEXT_PX)));
        // the canvas below the body takes the root's background: it must be the dark paper, not the light
        assertThat(js("getComputedStyle(document.documentElement).backgroundColor")).isEqualTo("rgb(30, 29, 27)");
        assertThat(js("document.body.getBoundingClientRect().height < window.innerHeight")).isEqualTo(true);
        show(ArticleRenderer.empty("点击版面上的文章，在此阅读全文", RenderStyle.LIGHT));
        assertThat(js("getComputedStyle(document.documentElement).backgroundColor")).isEqualTo("rgb(251, 248, 241)");
    }

    @Test
    void navigationAwayAndPopUpsAreRefused() throws Exception {
        show("<html><body><p id='mine'>本文档</p></body></html>");
        long loads = WaitForAsyncUtils.asyncFx(() -> web.loads().get()).get();
        // a page that would navigate elsewhere (a local file loads without the network) is stopped
        js("window.location.href = 'file:///etc/hostname';");
        // the view goes back to the program's own content
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> web.loads().get()).get() > loads);
        assertThat(js("document.getElementById('mine') ? document.getElementById('mine').textContent : ''"))
                .isEqualTo("本文档");
        assertThat(js("String(window.location.href)")).asString().doesNotStartWith("file:").doesNotStartWith("http");
        js("window.location.href = 'http://127.0.0.1:9/elsewhere';");
        Thread.sleep(500);
        assertThat(js("document.getElementById('mine').textContent")).isEqualTo("本文档");
        assertThat(js("window.open('http://127.0.0.1:9/') === null")).isEqualTo(true);
    }

    @Test
    void theBundledFontIsKnownToJavaFx() {
        assertThat(javafx.scene.text.Font.getFamilies()).contains(Fonts.FAMILY);
    }
}
