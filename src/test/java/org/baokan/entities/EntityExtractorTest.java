package org.baokan.entities;

import org.baokan.ingest.BadInputException;
import org.baokan.ingest.PageParser;
import org.baokan.model.Article;
import org.baokan.model.ArticleEvent;
import org.baokan.model.EnrichedPage;
import org.baokan.model.ParsedPage;
import org.baokan.model.Person;
import org.baokan.model.PersonRole;
import org.baokan.model.Place;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** People and places of whole pages, as the parser gives them. */
class EntityExtractorTest {
    private static ParsedPage page(String... lines) {
        try {
            return new PageParser().parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "test.txt");
        } catch (BadInputException e) {
            throw new AssertionError(e);
        }
    }

    private static EnrichedPage enrich(ParsedPage page) {
        return EntityExtractor.standalone().enrich(page);
    }

    private static Article article(EnrichedPage p, String title) {
        return p.page().articles().stream().filter(a -> title.equals(a.title())).findFirst().orElseThrow();
    }

    @Test
    void aNameBrokenAcrossTwoLinesIsReadWhole() {
        EnrichedPage p = enrich(page("济宁高新新闻", "", "2020年5月9日 星期六",
                "",
                "高新区召开安全生产工作会议",
                "",
                "本报济宁讯(记者 薛坤)5月8日,高新区召开安全生产工作会议。高新区党工委书记刘章",
                "箭出席会议并讲话,区党工委副书记鹿洪",
                "超主持会议。",
                "",
                "刘章箭强调,要压实安全生产责任。"));
        Article a = article(p, "高新区召开安全生产工作会议");
        assertThat(a.people()).extracting(Person::name, Person::titles)
                .containsExactly(tuple("刘章箭", List.of("高新区党工委书记")), tuple("鹿洪超", List.of("区党工委副书记")));
        assertThat(a.places()).extracting(Place::name).containsExactly("济宁高新区");
    }

    @Test
    void aDatelineNamesThePlaceItWasFiledFromButNotTheOutlet() {
        EnrichedPage p = enrich(page("新华社北京11月25日电 中共中央办公厅印发通知,要求各地认真贯彻落实。"));
        assertThat(p.page().articles().get(0).places()).extracting(Place::name).contains("北京市");
        EnrichedPage q = enrich(page("台湾网10月9日开封消息 两岸企业家座谈会举行,嘉宾交流发展经验。"));
        assertThat(q.page().articles().get(0).places()).extracting(Place::name).contains("开封市");
        EnrichedPage r = enrich(page("马尾新闻网讯(记者 林立)近日,一场招聘会举行,企业提供岗位三百个。"));
        assertThat(r.page().articles().get(0).places()).extracting(Place::name).doesNotContain("马尾", "马尾区");
    }

    @Test
    void anyCountyOfChinaIsKnownAndItsShortFormOnAPageThatNamesIt() {
        EnrichedPage p = enrich(page("长子县召开经济工作会议,部署全年工作。", "",
                "与会人员实地观摩、座谈交流,感受长子变化,增进发展共识。"));
        assertThat(p.page().articles().stream().flatMap(a -> a.places().stream()).map(Place::name)).contains("长子县");
        // full names printed bare of any pattern: 鄂托克前旗, 大化瑶族自治县
        EnrichedPage q = enrich(page("鄂托克前旗召开旗委常委会会议,研究大化瑶族自治县来访事宜。"));
        assertThat(q.page().articles().get(0).places()).extracting(Place::name).contains("鄂托克前旗", "大化瑶族自治县");
        // short forms across words, or on a page that does not say which county, are none
        EnrichedPage r = enrich(page("德源桥横跨广河,按照以产兴城的思路,坚持宜改则改,人民和政府同心。",
                "这里是长子的老家,他是家中长子。"));
        assertThat(r.page().articles().stream().flatMap(a -> a.places().stream()).map(Place::name))
                .doesNotContain("广河县", "兴城市", "改则县", "民和回族土族自治县", "和县", "长子县");
    }

    @Test
    void bylinesAreNotPeopleOfTheStory() {
        EnrichedPage p = enrich(page("济宁高新新闻", "", "2020年5月9日 星期六",
                "",
                "高新区召开安全生产工作会议",
                "",
                "本报济宁讯(记者 薛坤 通讯员 李欣)5月8日,高新区召开安全生产工作会议,区党工委副书记鹿洪超出席。",
                "会后,记者薛坤采访了区党工委副书记鹿洪超。李欣说,会议开得很好。"));
        Article a = article(p, "高新区召开安全生产工作会议");
        assertThat(a.reporters()).containsExactly("薛坤");
        assertThat(a.people()).extracting(Person::name).containsExactly("鹿洪超");
    }

    @Test
    void laterMentionsByNameAloneAnywhereOnThePage() {
        EnrichedPage p = enrich(page("济宁高新新闻", "", "2020年5月9日 星期六",
                "",
                "高新区召开安全生产工作会议",
                "",
                "本报济宁讯(记者 薛坤)5月8日,高新区召开安全生产工作会议,区党工委书记刘章箭出席。",
                "",
                "刘章箭调研开学复课工作",
                "",
                "本报济宁讯(记者 陈曦)5月7日,刘章箭来到高新区第二中学调研。刘章箭强调,要严格落实防控措施。"));
        Article second = article(p, "刘章箭调研开学复课工作");
        assertThat(second.people()).singleElement().satisfies(person -> {
            assertThat(person.name()).isEqualTo("刘章箭");
            assertThat(person.titles()).isEmpty();
            assertThat(person.role()).isEqualTo(PersonRole.LEADER);
        });
    }

    @Test
    void knownPeopleOfTheArchiveAreFoundByName() {
        ParsedPage page = page("济宁高新新闻", "", "2020年5月9日 星期六",
                "",
                "刘章箭调研开学复课工作",
                "",
                "本报济宁讯(记者 陈曦)5月7日,刘章箭来到高新区第二中学调研。");
        assertThat(new EntityExtractor(Gazetteer.builtIn(), Map.of("刘章箭", PersonRole.LEADER)).enrich(page)
                .page().articles().get(0).people()).extracting(Person::name, Person::role)
                .containsExactly(tuple("刘章箭", PersonRole.LEADER));
        // without the archive, the headline still names him, as what he did follows his name, but says nothing of his role
        assertThat(enrich(page).page().articles().get(0).people()).extracting(Person::name, Person::role)
                .containsExactly(tuple("刘章箭", PersonRole.OTHER));
    }

    @Test
    void eachItemOfABriefColumnIsAnEventOfItsOwn() {
        EnrichedPage p = enrich(page("济宁高新新闻", "", "2020年6月2日 星期二",
                "",
                "一周速读",
                "",
                "◎5月26日,浙江某某建设管理有限公司执行总经理苏亚彬一行来高新区洽谈。区党工委书记刘章箭陪同。",
                "",
                "◎5月27日,临沂市委副书记常红军率考察团来高新区考察。济宁市委副书记、代市长林红玉,区党工委书记刘章箭陪同。",
                "",
                "本报记者 邓超 整理"));
        List<ArticleEvent> events = p.entities().get(0).events();
        assertThat(events).extracting(ArticleEvent::item, ArticleEvent::date, ArticleEvent::leaders)
                .containsExactly(tuple(0, LocalDate.of(2020, 5, 26), List.of("刘章箭")),
                        tuple(1, LocalDate.of(2020, 5, 27), List.of("林红玉", "刘章箭")));
        assertThat(events.get(0).excerpt()).startsWith("浙江某某建设管理有限公司执行总经理苏亚彬一行");
        assertThat(p.page().articles().get(0).people()).extracting(Person::name, Person::role).containsExactly(
                tuple("苏亚彬", PersonRole.OTHER), tuple("刘章箭", PersonRole.LEADER),
                tuple("常红军", PersonRole.VISITOR), tuple("林红玉", PersonRole.LEADER));
        assertThat(p.page().articles().get(0).editors()).containsExactly("邓超");
    }

    @Test
    void withoutAYearOnlyTheMonthAndDayAreKept() {
        EnrichedPage p = enrich(page("太白湖新区召开推进会",
                "",
                "本报济宁6月1日讯(通讯员 骆青) 5月28日,太白湖新区召开推进会。区党工委书记展鑫出席会议并讲话。"));
        ArticleEvent e = p.entities().get(0).events().get(0);
        assertThat(e.date()).isNull();
        assertThat(e.monthDay()).isEqualTo(MonthDay.of(5, 28));
        assertThat(e.district()).isEqualTo("太白湖新区");
    }

    @Test
    void placesFoundByPatternGrowTheGazetteerUnderTheirDistrict() {
        EnrichedPage p = enrich(page("济宁高新新闻", "", "2020年5月12日 星期二",
                "",
                "洸河街道开展创城志愿服务",
                "",
                "本报济宁讯(通讯员 李欣)近日,高新区洸河街道组织志愿者走进王因社区开展服务。"));
        assertThat(p.page().articles().get(0).places()).extracting(Place::name)
                .containsExactly("洸河街道", "济宁高新区", "王因社区");
        assertThat(p.discovered()).extracting(g -> g.name(), g -> g.parent())
                .containsExactly(tuple("洸河街道", "济宁高新区"), tuple("王因社区", "济宁高新区"));
    }

    @Test
    void aCityOrProvinceNamedOnADistrictsPageIsNotPutInsideThatDistrict() {
        EnrichedPage p = enrich(page("济宁高新新闻", "", "2020年5月12日 星期二",
                "",
                "高新区企业赴外地考察",
                "",
                "本报济宁讯(通讯员 李欣)近日,高新区组织企业赴江苏省江阴市、临沂市考察,并走访了江阴市华士镇。"));
        assertThat(p.discovered()).extracting(g -> g.name(), g -> g.parent())
                .contains(tuple("江阴市", null), tuple("临沂市", null), tuple("江苏省", null))
                .doesNotContain(tuple("江阴市", "济宁高新区"), tuple("临沂市", "济宁高新区"));
    }

    @Test
    void aNewsIndexGivesHeadlinesWhosePeopleAndPlacesAreTheArchives() {
        ParsedPage page = page("1、全区重点项目集中推进现场动员会议举行 马丽芳 荣红伟出席并讲话 刘培民主持会议",
                "2、某某国际象棋对抗赛在我区落下帷幕",
                "3、全区精准脱贫工作调度会议召开 彭志强出席并讲话",
                "4、莘县考察团来我区参观考察村庄绿化工作",
                "5、我区召开美丽乡村示范片区暨小城镇提升工程规划汇报会");
        // nothing but the index: each entry is a story's headline, its text on another page
        assertThat(page.articles()).hasSize(5);
        assertThat(page.guide()).isEmpty();
        // its story is elsewhere, not missing
        assertThat(page.articles().get(1).warnings()).extracting(org.baokan.model.Warning::kind)
                .containsExactly(org.baokan.model.WarningKind.INDEX_ENTRY);
        EnrichedPage e = enrich(page);
        assertThat(e.page().articles().get(0).people()).extracting(Person::name).containsExactly("马丽芳", "荣红伟", "刘培民");
        assertThat(e.page().articles().get(2).people()).extracting(Person::name).containsExactly("彭志强");
        assertThat(e.page().articles().get(3).places()).extracting(org.baokan.model.Place::name).containsExactly("莘县");
        assertThat(e.page().articles().get(4).places()).isEmpty();
    }

    @Test
    void aHeadlinesClausesAreNoNames() {
        ParsedPage page = page("某某街道某某社区", "", "居民齐添力 老巷大变样", "",
                "本报讯 近日,某某社区居民自发清理老巷,区领导检查了改造工作。村民王大力说,老巷变美了。");
        assertThat(enrich(page).page().articles().get(0).people()).extracting(Person::name).containsExactly("王大力");
        ParsedPage peak = page("1、某镇:“盆景之乡”迎来赏花游客高峰", "2、某镇举办创新创业大赛 肖庆丰 庹莉出席",
                "3、某区召开防汛工作会议");
        assertThat(enrich(peak).page().articles().get(0).people()).isEmpty();
        assertThat(enrich(peak).page().articles().get(0).places()).isEmpty();
        assertThat(enrich(peak).page().articles().get(1).people()).extracting(Person::name).containsExactly("肖庆丰", "庹莉");
    }

    @Test
    void theRadicalTypedForAListMarkPartsTitles() {
        ParsedPage page = page("某某网11月6日讯:昨天下午,苍南县委常委丶龙港镇委书记丁振俊到社区听民意。");
        assertThat(page.articles().get(0).paragraphs().get(0)).contains("苍南县委常委、龙港镇委书记");
        assertThat(enrich(page).page().articles().get(0).people()).extracting(Person::name, Person::titles)
                .containsExactly(tuple("丁振俊", List.of("苍南县委常委、龙港镇委书记")));
    }
}
