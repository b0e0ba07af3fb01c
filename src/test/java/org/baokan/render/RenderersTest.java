package org.baokan.render;

import org.baokan.model.Article;
import org.baokan.model.ArticleKind;
import org.baokan.model.DateSource;
import org.baokan.model.GuideEntry;
import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.model.Person;
import org.baokan.model.PersonRole;
import org.baokan.model.StoredArticle;
import org.baokan.model.StoredGuideEntry;
import org.baokan.model.Warning;
import org.baokan.model.WarningKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class RenderersTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);

    private static StoredArticle stored(long id, Article a) {
        return new StoredArticle(id, 1, 1, (int) id, "济宁高新新闻", LocalDate.of(2020, 9, 11), null, true, a);
    }

    private static Article news(String kicker, String title, List<String> paragraphs) {
        return new Article(ArticleKind.NEWS, kicker, title, null, "(记者 薛坤)", List.of("薛坤"), List.of(), List.of(),
                List.of(), "本报济宁讯", null, paragraphs, List.of(new Person("刘章箭", List.of("高新区党工委书记"),
                PersonRole.LEADER)), List.of(), List.of());
    }

    @Test
    void pageTextIsEscapedAndNothingOutsideCanLoad() {
        Article a = news("<b>引题</b>", "标题 <script>alert(1)</script>",
                List.of("正文 <img src=x onerror=\"alert(2)\"> & \"引号\""));
        String html = ArticleRenderer.render(new ArticleDocument(stored(1, a), Map.of(), null, null, null),
                RenderStyle.LIGHT, TEXT);
        assertThat(html).doesNotContain("<script>alert", "<img", "<b>引题")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;",
                        "&amp; &quot;引号&quot;", "Content-Security-Policy", "default-src 'none'");
        // the only script is the program's own click handler
        assertThat(html.split("<script>", -1)).hasSize(2);
    }

    @Test
    void peopleAndPlacesAreLinkedAndHitsMarked() {
        Map<String, TextMarks.Link> links = Map.of("刘章箭", new TextMarks.Link("person", "刘章箭"),
                "高新区", new TextMarks.Link("place", "济宁高新区"), "济宁高新区", new TextMarks.Link("place", "济宁高新区"));
        String text = "济宁高新区党工委书记刘章箭在高新区调研";
        String html = TextMarks.html(text, links, List.of(new int[]{8, 12}));
        assertThat(html).isEqualTo("<a class=\"place\" data-place=\"济宁高新区\">济宁高新区</a>党工委<mark>书记</mark>"
                + "<a class=\"person\" data-person=\"刘章箭\"><mark>刘章</mark>箭</a>在"
                + "<a class=\"place\" data-place=\"济宁高新区\">高新区</a>调研");
    }

    @Test
    void theArticlesPartsInOrder() {
        Article a = news("引题", "主题", List.of("第一段。", "第二段。"));
        Article warned = new Article(ArticleKind.NEWS, null, "主题", "副题", null, List.of(), List.of(), List.of(),
                List.of(), null, null, List.of("段。"), List.of(), List.of(),
                List.of(Warning.of(WarningKind.HEADLINE_WITHOUT_BODY, "主题")));
        String html = ArticleRenderer.render(new ArticleDocument(stored(2, a), Map.of(), null,
                new ArticleDocument.Neighbour(1, "前一篇"), new ArticleDocument.Neighbour(3, "后一篇")), RenderStyle.LIGHT, TEXT);
        assertThat(html).containsSubsequence("引题", "主题", "本报济宁讯 (记者 薛坤)", "济宁高新新闻 · 2020年9月11日 · 第1版",
                "<p>第一段。</p><p>第二段。</p>", "人物：", "data-person=\"刘章箭\"", "data-article=\"1\"", "前一篇",
                "data-article=\"3\"", "后一篇");
        String note = ArticleRenderer.render(new ArticleDocument(stored(4, warned), Map.of(), null, null, null),
                RenderStyle.LIGHT, TEXT);
        assertThat(note).contains("id=\"warnings\"", "有标题而没有正文：主题", "——副题").doesNotContain("headline without body");
    }

    @Test
    void aFrontPageWithItsMastheadStoriesAndGuide() {
        IssueInfo issue = new IssueInfo(1, "济宁高新新闻", LocalDate.of(2020, 5, 12), DateSource.MASTHEAD, "星期二",
                "庚子年四月二十", 20, 466, List.of());
        PageInfo page = new PageInfo(1, 1, null, true, "002.txt", "abc", "UTF-8", 3);
        Article photo = new Article(ArticleKind.PHOTO, null, "实战演练", null, "本报记者 邓超 摄", List.of(), List.of(),
                List.of("邓超"), List.of(), null, null, List.of("图片说明。"), List.of(), List.of(), List.of());
        Article brief = new Article(ArticleKind.BRIEF, null, "一周速读", null, "本报记者 邓超 整理", List.of(), List.of(),
                List.of(), List.of("邓超"), null, null, List.of("5月26日,甲。", "5月27日,乙。"), List.of(), List.of(), List.of());
        List<StoredArticle> articles = List.of(stored(10, news("引题", "头条标题", List.of("头条正文。"))), stored(11, photo),
                stored(12, brief), stored(13, news(null, "二条标题", List.of("二条正文。"))));
        List<StoredGuideEntry> guide = List.of(
                new StoredGuideEntry(7, 1, new GuideEntry("导读引题", "导读在档", "02", null), 2L, 20L),
                new StoredGuideEntry(8, 1, new GuideEntry(null, "导读不在档", "03", null, "导读摘要<句>。"), null, null));
        String html = FrontPageRenderer.render(new FrontPageDocument(issue, page, articles, guide,
                List.of("主管：某部门", "活力·魅力·热点·焦点"), 13L), RenderStyle.LIGHT, TEXT);
        assertThat(html).contains("id=\"masthead\"", "2020年5月12日", "星期二　农历庚子年四月二十", "总第466期　2020年第20期",
                "活力·魅力·热点·焦点", "class=\"story lead\" data-article=\"10\"", "class=\"story photo\" data-article=\"11\"",
                "class=\"story brief\" data-article=\"12\"", "class=\"story news current\" data-article=\"13\"",
                "class=\"guide\"", "data-guide=\"7\"", "▶ 第02版", "class=\"entry missing\" data-guide=\"8\"", "该版未收入档案",
                "（图片未收入档案）", "本报记者 邓超 摄", "<span class=\"s\">导读摘要&lt;句&gt;。</span>");
        assertThat(html.indexOf("头条标题")).isLessThan(html.indexOf("二条标题"));
        assertThat(FrontPageRenderer.slogan(List.of("主管：济宁高新区党工委宣传部", "活力·魅力·热点·焦点"))).isEqualTo("活力·魅力·热点·焦点");
        assertThat(FrontPageRenderer.slogan(List.of("E-mail: a·b·c@x.com"))).isNull();
    }

    @Test
    void aPageOfHeadlinesWithoutTheirStoriesShowsEachHeadline() {
        IssueInfo issue = new IssueInfo(1, null, null, DateSource.UNKNOWN, null, null, null, null, List.of());
        PageInfo page = new PageInfo(1, 1, null, false, "index.txt", "abc", "UTF-8", 2);
        List<StoredArticle> articles = List.of(stored(10, news(null, "某区召开防汛工作会议 张三出席", List.of())),
                stored(11, news(null, "某镇举办创业大赛", List.of())));
        String html = FrontPageRenderer.render(new FrontPageDocument(issue, page, articles, List.of(), List.of(), null),
                RenderStyle.LIGHT, TEXT);
        assertThat(html).contains("某区召开防汛工作会议 张三出席", "某镇举办创业大赛", "data-article=\"10\"", "data-article=\"11\"");
    }
}
