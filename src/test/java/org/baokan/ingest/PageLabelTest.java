package org.baokan.ingest;

import org.baokan.model.GuideEntry;
import org.baokan.model.PageLabel;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Phenomenon 9: a page's own label, and page references of teasers beside it. */
class PageLabelTest {

    @Test
    void aLabelAfterAStoryIsThePagesOwn() {
        ParsedPage page = Pages.parse("# 春色满园", "", "清明假期,公园郁金香竞相开放,吸引市民观赏。", "", "本报记者 孔茜 摄", "", "03 新城");
        assertThat(page.page()).isEqualTo(new PageLabel("03", "新城"));
        assertThat(page.guide()).isEmpty();
    }

    @Test
    void aLabelAtTheEndOfAPhotoCreditIsThePagesOwn() {
        ParsedPage page = Pages.parse("实战演练", "", "5月29日,某区组织开展危险化学品综合应急演练活动。", "",
                "本报记者 邓超 见习记者 周治深 摄 C4 视觉");
        assertThat(page.page()).isEqualTo(new PageLabel("C4", "视觉"));
        assertThat(page.articles().get(0).photographers()).containsExactly("邓超", "周治深");
    }

    @Test
    void aLabelRightAfterATeaserIsTheTeasersReference() {
        ParsedPage page = Pages.parse(
                "# 某区召开党工委会议",
                "",
                "某街道组织百名志愿者",
                "集中培训使用应急设备",
                "",
                "03 新城",
                "",
                "本报讯(记者 王博文)2日,某区召开党工委会议。");
        assertThat(page.page()).isNull();
        assertThat(page.guide()).containsExactly(new GuideEntry("某街道组织百名志愿者", "集中培训使用应急设备", "03", "新城"));
        assertThat(page.frontPage()).isTrue();
    }

    @Test
    void labelFormsAndInnerPageHeaderLines() {
        assertThat(PageFurniture.pageLabel("02 要闻")).contains(new PageLabel("02", "要闻"));
        assertThat(PageFurniture.pageLabel("第2版")).contains(new PageLabel("2", null));
        assertThat(PageFurniture.pageLabel("A02版：综合新闻")).contains(new PageLabel("A02", "综合新闻"));
        assertThat(PageFurniture.pageLabel("2020")).isEmpty();
        ParsedPage page = Pages.parse("2020年9月11日 星期五 02 要闻", "", "# 标题一则", "", "本报讯(记者 张三)近日,某区召开会议。");
        assertThat(page.page()).isEqualTo(new PageLabel("02", "要闻"));
        assertThat(page.date()).hasToString("2020-09-11");
    }
}
