package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ArticleKind;
import org.baokan.model.GuideEntry;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Phenomenon 10: the 今日导读 box, photo stories, brief columns and untitled notices. */
class GuideAndKindsTest {

    @Test
    void guideBoxEntriesWithAndWithoutPageReference() {
        ParsedPage page = Pages.parse(
                "# 今日导读",
                "",
                "某区第二批学校复学工作部署会议召开",
                "",
                "# 全心全力保校园平安",
                "",
                ">> 02",
                "",
                "某区开展重点项目挂图作战",
                "",
                "### \"百日攻坚擂台赛\"现场观摩",
                "",
                ">> 03",
                "",
                "好吃好喝好玩打卡地",
                "",
                "## 集裝箱餐饮特色小镇火爆开街",
                "",
                "",
                "",
                "某区微信公众号");
        assertThat(page.guide()).containsExactly(
                new GuideEntry("某区第二批学校复学工作部署会议召开", "全心全力保校园平安", "02", null),
                new GuideEntry("某区开展重点项目挂图作战", "\"百日攻坚擂台赛\"现场观摩", "03", null),
                new GuideEntry("好吃好喝好玩打卡地", "集裝箱餐饮特色小镇火爆开街", null, null));
        assertThat(page.articles()).isEmpty();
        assertThat(page.boilerplate()).contains("今日导读", "某区微信公众号");
        assertThat(page.warnings()).extracting(Object::toString)
                .anyMatch(w -> w.startsWith("guide entry without page reference"));
    }

    @Test
    void aPhotoStoryHasTitleCaptionAndCredit() {
        ParsedPage page = Pages.parse(
                "本报讯(记者 李华)3日,某区召开会议。",
                "",
                "“郁”见春天",
                "",
                "清明假期,外出踏青赏花成为了不少市民的选择,湿地公园十七万株郁金香争相怒放,吸引大批市民前来观赏。",
                "",
                "本报记者 孔茜 通讯员 臧盛博 摄");
        Article photo = page.articles().get(1);
        assertThat(photo.kind()).isEqualTo(ArticleKind.PHOTO);
        assertThat(photo.title()).isEqualTo("“郁”见春天");
        assertThat(photo.paragraphs()).hasSize(1);
        assertThat(photo.byline()).isEqualTo("本报记者 孔茜 通讯员 臧盛博 摄");
    }

    @Test
    void aBriefColumnHasOneParagraphPerItemAndItsEditor() {
        ParsedPage page = Pages.parse(
                "一周速读",
                "",
                "◎5月26日,某公司负责人一行来区对接洽谈项目。区领导陪同。",
                "",
                "◎5月27日,某市考察团一行20余人来区考察",
                "项目建设工作。",
                "",
                "本报记者 邓超 整理");
        Article brief = page.articles().get(0);
        assertThat(brief.kind()).isEqualTo(ArticleKind.BRIEF);
        assertThat(brief.title()).isEqualTo("一周速读");
        assertThat(brief.paragraphs()).containsExactly("5月26日,某公司负责人一行来区对接洽谈项目。区领导陪同。",
                "5月27日,某市考察团一行20余人来区考察项目建设工作。");
        assertThat(brief.editors()).containsExactly("邓超");
    }

    @Test
    void untitledTextAfterABoundaryIsANotice() {
        ParsedPage page = Pages.parse(
                "# 某区召开会议",
                "",
                "本报讯(记者 李华)3日,某区召开会议。",
                "",
                "本报记者 李华 摄",
                "",
                " 近日，“发现榜样”",
                "线上推荐活动正式启",
                "动。广大党员干部群众",
                "均可扫码推荐身边的榜样。");
        Article notice = page.articles().get(page.articles().size() - 1);
        assertThat(notice.kind()).isEqualTo(ArticleKind.NOTICE);
        assertThat(notice.title()).isNull();
        assertThat(notice.paragraphs()).containsExactly("近日，“发现榜样”线上推荐活动正式启动。广大党员干部群众均可扫码推荐身边的榜样。");
    }

    @Test
    void aColumnOfItemsEachUnderItsOwnTitleGivesAStoryAnItem() {
        ParsedPage page = Pages.parse("要闻简报", "", "■县领导督查冬季安全生产工作", "1月8日,副县长张海洋带队督查安全生产工作。(李华)", "",
                "■某镇花木电商年销售额突破50亿元", "记者从某镇获悉,2023年全镇花木电商销售额达52亿元。", "",
                "■某县残联为200名残疾人适配辅具", "1月5日,县残疾人联合会开展辅具适配活动。");
        assertThat(page.articles()).extracting(Article::title)
                .containsExactly("县领导督查冬季安全生产工作", "某镇花木电商年销售额突破50亿元", "某县残联为200名残疾人适配辅具");
        assertThat(page.articles().get(0).kicker()).isEqualTo("要闻简报");
        assertThat(page.articles().get(0).paragraphs()).containsExactly("1月8日,副县长张海洋带队督查安全生产工作。");
        // bulleted crossheads inside one story, each over several paragraphs, stay in it
        ParsedPage story = Pages.parse("某区扎实推进重点工作", "", "本报讯(记者 李华)今年以来,某区扎实推进重点工作。", "",
                "■抓项目", "", "全区新开工项目30个。", "", "项目建设提速。", "", "■促民生", "", "新建学校3所。", "", "民生持续改善。");
        assertThat(story.articles()).hasSize(1);
    }

    @Test
    void aTeaserIsItsTitleItsSentenceAndThePageItPointsTo() {
        ParsedPage page = Pages.parse("今日导读", "", "某新区规划建设全面提速", "6月11日,某新区召开推进会,32个项目集中签约。详见2版", "",
                "某县蔬菜搭上“冷链快车”", "某县新建的蔬菜冷库投入使用。详见3版");
        assertThat(page.guide()).containsExactly(
                new GuideEntry(null, "某新区规划建设全面提速", "2", null, "6月11日,某新区召开推进会,32个项目集中签约。"),
                new GuideEntry(null, "某县蔬菜搭上“冷链快车”", "3", null, "某县新建的蔬菜冷库投入使用。"));
        assertThat(page.articles()).isEmpty();
        // a story's jump line is no teaser: the story goes on on the other page
        ParsedPage jump = Pages.parse("某区召开会议", "", "本报讯(记者 李华)近日,某区召开会议,部署下一步工作。", "",
                "会议要求,各部门要抓好落实。(下转第3版)");
        assertThat(jump.articles()).singleElement().extracting(Article::title).isEqualTo("某区召开会议");
        assertThat(jump.guide()).isEmpty();
    }

    @Test
    void guideEntriesThatPrintTheirPageFirstOrInBracketsAfter() {
        ParsedPage first = Pages.parse("今日导读", "2版 某镇千亩稻田开镰收割", "3版 某街道老旧小区改造惠及三千余户", "",
                "某市召开秋冬季农业生产暨森林防", "火工作推进会", "", "本报讯(记者 李华)9月15日,我市召开推进会。");
        assertThat(first.guide()).containsExactly(new GuideEntry(null, "某镇千亩稻田开镰收割", "2", null),
                new GuideEntry(null, "某街道老旧小区改造惠及三千余户", "3", null));
        // a title broken inside a word (森林防|火) is one title
        assertThat(first.articles()).singleElement().extracting(Article::title).isEqualTo("某市召开秋冬季农业生产暨森林防火工作推进会");
        ParsedPage after = Pages.parse("本期导读", "▶我县召开2022年经济工作会议(2版)", "▶某镇:设施蔬菜鼓起群众“钱袋子”(3版)");
        assertThat(after.guide()).containsExactly(new GuideEntry(null, "我县召开2022年经济工作会议", "2", null),
                new GuideEntry(null, "某镇:设施蔬菜鼓起群众“钱袋子”", "3", null));
    }

    @Test
    void aGuideBoxWithItsReferencesAfterTheTitlesRightAboveAStorysHeadline() {
        ParsedPage page = Pages.parse("第01版:要闻", "导读", "▶某市某镇:冰雪研学游引客来  (详见2版)", "▶某县:黑木耳“走出”大山  (详见3版)",
                "", "州委常委会召开会议", "传达学习全国两会精神 研究部署我州贯彻落实工作", "",
                "本报讯(记者 金某某)3月4日,州委书记郑某某主持召开州委常委会会议。", "会议强调,要推动高质量发展。");
        assertThat(page.guide()).containsExactly(new GuideEntry(null, "某市某镇:冰雪研学游引客来", "2", null),
                new GuideEntry(null, "某县:黑木耳“走出”大山", "3", null));
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("州委常委会召开会议");
            assertThat(a.subtitle()).isEqualTo("传达学习全国两会精神 研究部署我州贯彻落实工作");
            assertThat(a.reporters()).containsExactly("金某某");
        });
    }

    @Test
    void bulletedGuideEntriesWithTheirReferenceUnbracketed() {
        ParsedPage page = Pages.parse("第01版:要闻", "今日导读", "■某州区:老工业基地跑出转型“加速度” 详见2版",
                "■某某高新区获批省级知识产权强县建设试点 详见3版", "", "某某到某市调研文旅融合发展工作", "",
                "本报讯(记者 季某)11月20日,市委书记某某到某市调研文旅融合发展工作。");
        assertThat(page.guide()).containsExactly(new GuideEntry(null, "某州区:老工业基地跑出转型“加速度”", "2", null),
                new GuideEntry(null, "某某高新区获批省级知识产权强县建设试点", "3", null));
    }
}

