package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phenomenon 6: headline groups of kicker, title and subtitle; a group after its body, a kicker
 * split over two lines, a headline without a body.
 */
class HeadlineGroupTest {

    @Test
    void aGroupAfterAHeadlessBodyIsThatBodysWhenItRepeatsItsWords() {
        ParsedPage page = Pages.parse(
                "某区召开城市管理工作会议",
                "",
                "提提升升城城市市精精细细化化管管理理水水平平",
                "",
                "本报讯(记者 李华)3日，某区召开城市管理工作会议，部署城市精细化管理工作。",
                "本报讯(记者 赵敏)3日上午，某区召开重点项目调度推进会议第5次会议，听取项目进展汇报。",
                "会议要求，各部门要全力推进项目建设。",
                "某区重点项目调度推进会议第5次会议召开",
                "",
                "全全力力推推进进重重点点项项目目建建设设",
                " 近日，“最美家庭”线上推荐活动正式启动，群众可通过扫码推荐身边的家庭。");
        assertThat(Pages.titles(page)).hasSize(3);
        Article second = page.articles().get(1);
        assertThat(second.kicker()).isEqualTo("某区重点项目调度推进会议第5次会议召开");
        assertThat(second.title()).isEqualTo("全力推进重点项目建设");
        assertThat(second.reporters()).containsExactly("赵敏");
        assertThat(second.paragraphs()).containsExactly("3日上午，某区召开重点项目调度推进会议第5次会议，听取项目进展汇报。",
                "会议要求，各部门要全力推进项目建设。");
        Article notice = page.articles().get(2);
        assertThat(notice.title()).isNull();
        assertThat(notice.kind().code()).isEqualTo("notice");
    }

    @Test
    void aKickerBrokenOverTwoLinesIsJoined() {
        ParsedPage page = Pages.parse(
                "李强在调研全市中小学校春季",
                "",
                "开学准备工作时强调",
                "",
                "确保校园安全有序",
                "",
                "本报讯(记者 李华)2月20日,李强到部分学校调研春季开学准备工作,要求各校做好各项准备。");
        Article a = page.articles().get(0);
        assertThat(a.kicker()).isEqualTo("李强在调研全市中小学校春季开学准备工作时强调");
        assertThat(a.title()).isEqualTo("确保校园安全有序");
    }

    @Test
    void ofTwoGroupsBeforeOneBodyTheBodyGoesToTheGroupWhoseWordsItRepeats() {
        ParsedPage page = Pages.parse(
                "## 王明在全区经济运行分析调度会议上强调",
                "",
                "# 稳住基本盘 跑出加速度",
                "",
                "## 创新共建模式 促进优势互补",
                "",
                "### 全省首个职业技能实训基地揭牌",
                "",
                "本报讯(记者 李华)9月5日,某区召开全区经济运行分析调度会议,通报经济运行情况。王明主持会议并讲话。",
                "",
                "王明指出,要稳住经济基本盘,跑出项目建设加速度。");
        assertThat(page.articles()).hasSize(2);
        Article lead = page.articles().get(0);
        assertThat(lead.title()).isEqualTo("稳住基本盘 跑出加速度");
        assertThat(lead.paragraphs()).hasSize(2);
        Article empty = page.articles().get(1);
        assertThat(empty.title()).isEqualTo("创新共建模式 促进优势互补");
        assertThat(empty.subtitle()).isEqualTo("全省首个职业技能实训基地揭牌");
        assertThat(empty.paragraphs()).isEmpty();
        assertThat(empty.warnings()).extracting(Object::toString).anyMatch(w -> w.startsWith("headline without body"));
    }

    @Test
    void aSubtitleAfterTheTitle() {
        ParsedPage page = Pages.parse(
                "# 以实干担当奋力开创新局面",
                "",
                "张三讲话 李四主持",
                "",
                "本报讯(记者 李华)5月9日上午,某区召开工作推进会。");
        Article a = page.articles().get(0);
        assertThat(a.title()).isEqualTo("以实干担当奋力开创新局面");
        assertThat(a.subtitle()).isEqualTo("张三讲话 李四主持");
    }

    @Test
    void aShortSloganLineBeforeAFactualLineIsTitleAndSubtitle() {
        ParsedPage page = Pages.parse(
                "筑牢人才发展高地",
                "",
                "#### 全省首家青年人才驿站在某区落地运营",
                "",
                "本报讯(记者 李华)为更好地服务青年人才,5月6日上午,青年人才驿站正式揭牌运营。");
        Article a = page.articles().get(0);
        assertThat(a.title()).isEqualTo("筑牢人才发展高地");
        assertThat(a.subtitle()).isEqualTo("全省首家青年人才驿站在某区落地运营");
    }

    @Test
    void aTitleBrokenOverTwoLinesIsJoinedWhenTheStoryRepeatsTheWordsAcrossTheBreak() {
        ParsedPage page = Pages.parse(
                "某某旗苏力德",
                "文化旅游节开幕",
                "",
                "本报讯(记者 李华)7月22日,某某旗第十二届苏力德文化旅游节在某镇开幕。");
        Article a = page.articles().get(0);
        assertThat(a.title()).isEqualTo("某某旗苏力德文化旅游节开幕");
        assertThat(a.kicker()).isNull();
        // a kicker and its title, which the story repeats as two clauses, stay two parts
        ParsedPage two = Pages.parse(
                "某区强化党建统领,多方向发力",
                "",
                "助推“双基”工作提质增效",
                "",
                "本报讯(记者 李华)某区从四个方向发力,助推“双基”工作出亮点、上水平。");
        assertThat(two.articles().get(0).kicker()).isEqualTo("某区强化党建统领,多方向发力");
        assertThat(two.articles().get(0).title()).isEqualTo("助推“双基”工作提质增效");
    }

    @Test
    void aLineThatEndsInAVerbBeforeItsObjectGoesOnInTheNext() {
        Article a = Pages.parse("某县“一网通办”打通", "政务服务“最后一公里”", "",
                "本报讯 走进某县便民服务中心,群众刷一下身份证就能打印证明。").articles().get(0);
        assertThat(a.title()).isEqualTo("某县“一网通办”打通政务服务“最后一公里”");
        assertThat(a.kicker()).isNull();
    }

    @Test
    void theLineWithALeadInIsTheMainTitleAndAGenreEndsASubtitle() {
        Article kicker = Pages.parse("聚焦产业振兴", "某市:陶瓷产业集群年产值突破百亿元", "",
                "本报讯 7月20日,记者从某市获悉,全市陶瓷产业年产值有望突破百亿元。").articles().get(0);
        assertThat(kicker.kicker()).isEqualTo("聚焦产业振兴");
        assertThat(kicker.title()).isEqualTo("某市:陶瓷产业集群年产值突破百亿元");
        Article subtitle = Pages.parse("某市:油茶林里“生金”", "全市油茶种植面积突破60万亩", "",
                "本报讯 近日,记者从某市林业局获悉,全市油茶种植面积突破60万亩。").articles().get(0);
        assertThat(subtitle.title()).isEqualTo("某市:油茶林里“生金”");
        assertThat(subtitle.subtitle()).isEqualTo("全市油茶种植面积突破60万亩");
        Article genre = Pages.parse("助残圆梦温暖同行", "某区第三十三次全国助残日活动侧记", "",
                "本报讯 5月21日,某区举办全国助残日活动。").articles().get(0);
        assertThat(genre.title()).isEqualTo("助残圆梦温暖同行");
        assertThat(genre.subtitle()).isEqualTo("某区第三十三次全国助残日活动侧记");
    }

    @Test
    void aBoxOfThisPagesTitlesIsTheGuideAndTheHeadlineAfterItTheStorys() {
        ParsedPage page = Pages.parse("本版导读", "某镇:“数字乡村”让村民办事不出村", "某镇千亩蓝莓迎来采摘季", "某镇开展集中攻坚行动", "",
                "某镇:“数字乡村”让村民办事不出村", "", "记者 李华", "", "今年以来,某镇在17个村试点“数字乡村”建设。");
        assertThat(page.guide()).extracting(org.baokan.model.GuideEntry::title)
                .containsExactly("某镇:“数字乡村”让村民办事不出村", "某镇千亩蓝莓迎来采摘季", "某镇开展集中攻坚行动");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("某镇:“数字乡村”让村民办事不出村");
            assertThat(a.reporters()).containsExactly("李华");
        });
    }

    private static final String STORY = "“在文字里相逢是件高雅的事。”1月5日,某县融媒采编下沉一线恳谈会在某某镇召开,各乡镇代表参加座谈交流。";
    private static final String STORY_ON = "某报社副总编王某某从聚焦精神、聚焦特色两个方面展开交流,就如何做好市县媒体融合提供思路。";

    @Test
    void aWebPagePrintsTheGroupsPartsOnOneLine() {
        Article bar = Pages.parse("某县融媒走基层 | 下沉一线,讲好乡村振兴故事", STORY, STORY_ON).articles().get(0);
        assertThat(bar.kicker()).isEqualTo("某县融媒走基层");
        assertThat(bar.title()).isEqualTo("下沉一线,讲好乡村振兴故事");
        Article after = Pages.parse("下沉一线,讲好乡村振兴故事丨某县融媒走基层", STORY, STORY_ON).articles().get(0);
        assertThat(after.kicker()).isEqualTo("某县融媒走基层");
        assertThat(after.title()).isEqualTo("下沉一线,讲好乡村振兴故事");
        Article bracketed = Pages.parse("【区政府工作大事记】2021年7-9月区政府大事记", STORY, STORY_ON).articles().get(0);
        assertThat(bracketed.kicker()).isEqualTo("【区政府工作大事记】");
        assertThat(bracketed.title()).isEqualTo("2021年7-9月区政府大事记");
        Article dashed = Pages.parse("牛年第一个休息日跑了十个村——感受一位乡镇党委书记的新春节奏",
                STORY, STORY_ON).articles().get(0);
        assertThat(dashed.title()).isEqualTo("牛年第一个休息日跑了十个村");
        assertThat(dashed.subtitle()).isEqualTo("感受一位乡镇党委书记的新春节奏");
        // a date's hyphens, and a bar before a number, split nothing
        assertThat(Pages.parse("2021-2025年某区发展规划发布", STORY, STORY_ON).articles().get(0).kicker()).isNull();
    }

    @Test
    void aLetterSpacedColumnOverTheDaysItCovers() {
        ParsedPage page = Pages.parse("当前版:01版", "要 闻 周 报", "(5月20日—5月24日)",
                "  ●某区召开会议,区委书记王某某出席并讲话。", "  ●某区召开常务会议,区长李某某主持。");
        assertThat(page.articles()).isNotEmpty();
        Article a = page.articles().get(0);
        assertThat(a.title()).isEqualTo("要闻周报");
        assertThat(a.subtitle()).isEqualTo("(5月20日—5月24日)");
        assertThat(page.paper()).isNull();
    }

    private static Article first(String... lines) {
        return Pages.parse(lines).articles().stream().filter(a -> a.title() != null).findFirst().orElseThrow();
    }

    @Test
    void unmarkedACoupletOrAPlaceOrAnImageIsTheKickerOfTheStatementUnderIt() {
        Article couplet = first("依托土司文化 发展全域旅游", "咸丰唐崖镇乡村旅游火起来", "(全媒体记者 田甜)端午假期临近,某镇的民宿订单明显增多。");
        assertThat(couplet.kicker()).isEqualTo("依托土司文化 发展全域旅游");
        assertThat(couplet.title()).isEqualTo("咸丰唐崖镇乡村旅游火起来");
        // marked by size, the couplet is the title (the seeds' 000)
        Article marked = first("## 创新共建模式 促进优势互补", "### 某某实训基地在高新区揭牌", "本报讯 3日,某某实训基地揭牌。");
        assertThat(marked.title()).isEqualTo("创新共建模式 促进优势互补");
        assertThat(marked.subtitle()).isEqualTo("某某实训基地在高新区揭牌");
        Article place = first("石桥镇", "荷塘里种出“致富经”", "本报通讯员 盛丽", "初夏时节,走进石桥镇北湖村的莲藕种植基地,千亩荷塘碧叶连天。");
        assertThat(place.kicker()).isEqualTo("石桥镇");
        assertThat(place.title()).isEqualTo("荷塘里种出“致富经”");
        Article image = first("桃花灼灼映雪山", "第二十届某某桃花旅游文化节开幕", "本报讯 3月27日,游客在桃花林中拍照留念。");
        assertThat(image.kicker()).isEqualTo("桃花灼灼映雪山");
        assertThat(image.title()).isEqualTo("第二十届某某桃花旅游文化节开幕");
    }

    @Test
    void aCoupletKickerOverATitleTheColumnBrokeInTwo() {
        Article a = first("抢抓晴好天气 做好冬季管护", "某某三华李果园", "冬管正当时", "某某日报记者 邱某某",
                "11月7日,记者走进某镇某村,漫山遍野的三华李果园里,果农们正忙着修枝施肥。");
        assertThat(a.kicker()).isEqualTo("抢抓晴好天气 做好冬季管护");
        assertThat(a.title()).isEqualTo("某某三华李果园冬管正当时");
    }

    @Test
    void aPhotosTitleThenAPlaceOverTheNextStorysTitle() {
        ParsedPage page = Pages.parse("第07版:县域新闻", "连日来,某镇某村的茶农抢抓晴好天气,在白茶园里松土施肥。 (林辉 摄)",
                "白茶园里冬管忙", "", "某县某某镇", "紫菜采收正当时", "", "本报记者 缪某某",
                "“头水紫菜品质最好。”11月19日,某县某某镇的滩涂上,养殖户们驾着小船采收紫菜。");
        assertThat(page.articles()).extracting(Article::title).contains("白茶园里冬管忙", "紫菜采收正当时");
        assertThat(page.articles()).filteredOn(x -> "紫菜采收正当时".equals(x.title())).singleElement()
                .extracting(Article::kicker).isEqualTo("某县某某镇");
    }

    @Test
    void aBoldTitleBrokenOverTwoLinesIsOneTitle() {
        Article a = first("安安平平县县芒芒果果", "冬冬管管促促增增收收", "■记者 黄燕", "1月8日,在某某县某镇的芒果基地里,果农们正忙着给芒果树修枝。");
        assertThat(a.title()).isEqualTo("安平县芒果冬管促增收");
    }

    @Test
    void aDoubledTitlesShortSecondLineAndAKickerOverATitleBrokenBeforeItsDashedSubtitle() {
        Article doubled = first("某某某某新新区区重重点点项项目目", "集集中中观观摩摩", "",
                "本报讯(记者 颜某)11月4日,某某新区组织开展重点项目集中观摩活动,实地察看项目建设进度。");
        assertThat(doubled.title()).isEqualTo("某某新区重点项目集中观摩");
        // alone, a short reduplication stays as printed
        assertThat(DoubledText.isDoubled("红红火火")).isFalse();
        Article four = first("创新驱动 蓄势赋能", "某某高新区生物医药产业", "集群加速成势", "——一季度产业产值同比增长18.7%",
                "本报记者 冉某", "4月12日,走进位于某某高新区生物医药产业园的某公司,一条条自动化生产线满负荷运转。");
        assertThat(four.kicker()).isEqualTo("创新驱动 蓄势赋能");
        assertThat(four.title()).isEqualTo("某某高新区生物医药产业集群加速成势");
        assertThat(four.subtitle()).isEqualTo("——一季度产业产值同比增长18.7%");
        Article verb = first("某屯街道:“小网格”撬动", "“大治理”", "见习记者 殷某", "近日,某屯街道召开网格化服务管理推进会,部署基层治理工作。");
        assertThat(verb.title()).isEqualTo("某屯街道:“小网格”撬动“大治理”");
    }

    @Test
    void aHeadAndItsStoryOnOneLineTheHeadsClausesApartByASpace() {
        ParsedPage page = Pages.parse("某某大学校长龚某某来潍调研 李明刘运参加活动   本报讯 (记者 付某)8月1日上午,某某大学校长龚某某一行来我市调研。",
                "龚某某一行先后来到某研究院,了解建设发展情况。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("某某大学校长龚某某来潍调研 李明刘运参加活动");
            assertThat(a.reporters()).containsExactly("付某");
        });
    }

    @Test
    void aFeaturePagesBulletedTitlesAndTheirWritersNames() {
        ParsedPage page = Pages.parse("2025年04月11日 第10版:寻踪", "  • 寻幽古驿道", "    戴发利",
                "    前几天从外地返回某地,汽车行驶于正在扩建的高速公路上,沿路是一派繁忙的景象。", "  • 当年那股西装热", "    潘云强",
                "    上世纪80年代至本世纪初叶,某地兴起一股西装热,人人以有一套西装为荣。");
        assertThat(page.articles()).extracting(Article::title).containsExactly("寻幽古驿道", "当年那股西装热");
        assertThat(page.articles()).extracting(Article::reporters).containsExactly(java.util.List.of("戴发利"), java.util.List.of("潘云强"));
        // a short line that is a word, not a name, under a short title is the title's rest
        Article a = first("芒种将至", "农事忙", "芒种节气将至,连日来,我市各地小麦迎来丰收,农民们抢抓晴好天气开展小麦收割工作。");
        assertThat(a.reporters()).isEmpty();
    }

    @Test
    void aTitleBrokenBeforeItsVerbAndAWeChatHeaderWithItsTimeAndRegion() {
        Article verb = first("某陆:千年银杏林下", "长出“致富菌”", "某某日报讯(记者 邝某)5月10日,在某镇某村的银杏林下,一排排菌棒整齐摆放。");
        assertThat(verb.title()).isEqualTo("某陆:千年银杏林下长出“致富菌”");
        // a first line that is a clause of its own keeps its second line apart
        Article clause = first("某县召开推进会", "跑出发展加速度", "本报讯 3日,某县召开推进会,部署全年工作。");
        assertThat(clause.title()).isNotEqualTo("某县召开推进会跑出发展加速度");
        ParsedPage wechat = Pages.parse("某泽:春耕备耕正当时 田间地头农事忙", "某泽发布 3月14日 18:30 云南", "点击上方蓝字 关注某泽发布",
                "眼下正值春耕备耕关键时节,某县各乡镇抢抓农时,组织群众开展土地翻犁、育苗移栽等工作。");
        assertThat(wechat.articles()).extracting(Article::title).contains("某泽:春耕备耕正当时 田间地头农事忙");
        assertThat(wechat.paper()).isEqualTo("某泽发布");
    }
}

