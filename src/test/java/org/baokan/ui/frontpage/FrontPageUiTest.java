package org.baokan.ui.frontpage;

import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.baokan.ui.ReaderUiBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The page view: the newest issue's front page composed with every headline; a story clicked opens. */
class FrontPageUiTest extends ReaderUiBase {

    @Test
    void theSeedsOpenOnTheNewestIssueWithEveryHeadlineOnItsFrontPage() throws Exception {
        assertThat(fx(() -> state().issue().get().date())).isEqualTo(LocalDate.of(2020, 9, 11));
        String shown = text(page(), "document.body.textContent"); // a headline broken in lines is one text
        ParsedPage front = seed("000_eded2beb79151fe8.txt");
        assertThat(front.articles()).hasSizeGreaterThanOrEqualTo(7);
        for (Article a : front.articles()) {
            for (String headline : new String[]{a.kicker(), a.title(), a.subtitle()}) {
                if (headline != null) {
                    assertThat(shown).as("headline on the front page").contains(headline);
                }
            }
        }
        assertThat(shown).contains("济宁高新新闻", "2020年9月11日", "农历庚子年七月廿四", "总第478期");
        assertThat(text(page(), "document.querySelectorAll('.story').length")).isEqualTo(
                String.valueOf(front.articles().size()));
    }

    @Test
    void clickingAStoryShowsItsTitleAndParagraphs() throws Exception {
        Article expected = seed("000_eded2beb79151fe8.txt").articles().stream()
                .filter(a -> "聚焦民生重点 提升服务质量".equals(a.title())).findFirst().orElseThrow();
        clickStoryUntilShown("Array.from(document.querySelectorAll('.story .title')).find(function(t){"
                + "return t.textContent==='聚焦民生重点 提升服务质量';})", "聚焦民生重点 提升服务质量");
        assertThat(text(article(), "document.querySelectorAll('#text p').length"))
                .isEqualTo(String.valueOf(expected.paragraphs().size()));
        assertThat(text(article(), "document.querySelector('#text p').textContent")).isEqualTo(expected.paragraphs().get(0));
        assertThat(text(article(), "document.getElementById('kicker').textContent")).isEqualTo(expected.kicker());
        // the story stays marked on the page
        assertThat(text(page(), "document.querySelector('.story.current .title').textContent"))
                .isEqualTo("聚焦民生重点 提升服务质量");
    }

    @Test
    void headlinesAreSetOnBalancedLinesWithoutALoneCharacter() throws Exception {
        List<String> bad = new ArrayList<>();
        for (double[] widths : new double[][]{{0.13, 0.53, 0.86}, {0.13, 0.45, 0.86}, {0.13, 0.62, 0.86}}) {
            dividers(widths);
            for (String direction : new String[]{"#prevIssue", "#nextIssue"}) {
                for (List<String> headline : lines(page(), ".story .kicker, .story .title, .story .subtitle, .guide .t")) {
                    String why = badlyBroken(headline);
                    if (why != null) {
                        bad.add(fx(() -> state().issue().get().date()) + " at " + widths[1] + ": " + why);
                    }
                }
                long paints = fx(() -> page().paints().get());
                robot.clickOn(direction);
                waitFor(() -> page().paints().get() > paints);
            }
        }
        assertThat(bad).isEmpty();
    }
}
