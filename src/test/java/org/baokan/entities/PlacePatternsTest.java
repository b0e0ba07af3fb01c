package org.baokan.entities;

import org.baokan.ingest.Scripts;
import org.baokan.model.PlaceLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Places of any province, city, district or county, read by their form. */
class PlacePatternsTest {
    private static final Gazetteer G = Gazetteer.builtIn();

    private static List<String> names(String text) {
        return PlaceExtractor.find(text, Scripts.foldIfTraditional(text), G, null).stream()
                .map(PlaceExtractor.Found::name).toList();
    }

    @Test
    void aChainOfPlacesIsReadPlaceByPlace() {
        assertThat(names("8月5日,市委书记赵璟到丹凤县、商州区调研。在商州区杨峪河镇,赵璟认真听取介绍。"))
                .containsExactly("丹凤县", "商州区", "商州区", "杨峪河镇");
        assertThat(names("我市淮阳区安岭镇刘桥村入选")).containsExactly("淮阳区", "安岭镇", "刘桥村");
        assertThat(PlaceExtractor.find("在丹凤县龙驹街道丹江社区,赵璟听取汇报", G, null))
                .extracting(PlaceExtractor.Found::name, PlaceExtractor.Found::level)
                .containsExactly(tuple("丹凤县", PlaceLevel.DISTRICT), tuple("龙驹街道", PlaceLevel.SUBDISTRICT),
                        tuple("丹江社区", PlaceLevel.COMMUNITY));
    }

    @Test
    void townsNamedByAVillageOrMarketAndNamesThatBeginWithAStopCharacter() {
        assertThat(names("活动在李村镇举行")).containsExactly("李村镇");
        assertThat(names("考察了马市镇的企业")).containsExactly("马市镇");
        assertThat(names("青岛市南区、即墨区、平度市")).contains("即墨区", "平度市");
        assertThat(names("修缮了东风路、八月路、通海路")).containsExactly("东风路", "八月路", "通海路");
        // phrases that end in 村镇, 市镇, 组路 name no place
        assertThat(names("推进美丽村镇建设")).isEmpty();
        assertThat(names("开展农村镇村环境整治")).isEmpty();
        assertThat(names("新修通组路十公里")).isEmpty();
    }

    @Test
    void autonomousPrefecturesPrefecturesAndLeagues() {
        assertThat(names("融入云南省大理州的战略部署")).containsExactly("云南省", "大理白族自治州");
        assertThat(names("通往保山、怒江、德宏等地")).containsExactly("保山市", "怒江傈僳族自治州", "德宏傣族景颇族自治州");
        assertThat(names("来自恩施州的客商")).containsExactly("恩施土家族苗族自治州");
        assertThat(names("赴阿克苏地区考察")).containsExactly("阿克苏地区");
        // 海南 alone is the province; the prefecture only with its 州
        assertThat(names("赴海南考察")).containsExactly("海南省");
    }

    @Test
    void zonesParksProvincesAndCities() {
        assertThat(names("龙岩经开区管理体制机制调整宣布会议在经开区召开")).contains("龙岩经开区");
        assertThat(names("在丹凤高新区,赵璟深入企业")).containsExactly("丹凤高新区");
        assertThat(names("江西省政协常委来吉安市井开区调研")).containsExactly("江西省", "吉安市", "井开区");
        assertThat(names("先后前往阿尔法科技产业园等企业")).containsExactly("阿尔法科技产业园");
        assertThat(names("龍巖新羅區中城街道雙路亭社區舉辦活動")).containsExactly("龙岩市", "新羅區", "中城街道", "雙路亭社區");
        assertThat(names("赴温州参加交流会")).containsExactly("温州市");
    }

    @Test
    void namesThatBeginWithAWordOfThePlacesBefore() {
        assertThat(names("4月28日,武进国家高新区党工委召开研讨会")).containsExactly("武进国家高新区");
        assertThat(names("会昌县深入贯彻市委部署")).containsExactly("会昌县");
        assertThat(names("从化区组织全区各级党组织收听收看")).containsExactly("从化区");
        assertThat(names("为沁县建设多提发展良策")).containsExactly("沁县");
    }

    @Test
    void wordsThatOnlyEndLikePlaces() {
        assertThat(names("在全区上下众志成城,各街道必须时刻绷紧安全生产这根弦")).isEmpty();
        assertThat(names("坚决扛起主城区创建责任,创建全国文明城市,城西市场整治")).isEmpty();
        assertThat(names("要落实好区委部署,说明临沂市的经验")).containsExactly("临沂市");
        assertThat(names("推进乡村振兴,美丽乡村建设,村民代表参加")).isEmpty();
        assertThat(names("发展思路清晰,高速公路和路网建设")).isEmpty();
        // generic nouns that end in a place's suffix: shanty areas, 'featured small towns', 'celebrity villages'
        assertThat(names("推进棚户区改造,打造特色小镇,建成“网红村”“明星村”")).isEmpty();
        assertThat(names("打造特色小鎮,守住綠水青山")).isEmpty();
        // a short name that would begin inside a word, and a one-character county the country does not have
        assertThat(names("为我县建设经济强县提供指南,受县委书记委托")).isEmpty();
        assertThat(names("会上,沁县、涉县作了发言")).containsExactly("沁县", "涉县");
        assertThat(names("两位村干部的造访令人感动")).isEmpty();
        // past a county's suffix only into a name the country has: 泰和县|马市镇, not 县马市
        assertThat(names("10月10日,泰和县马市镇蜀口村,农机手抢收晚稻")).containsExactly("泰和县", "马市镇", "蜀口村");
        assertThat(names("沙尔利格嘎查党支部书记其其格说")).containsExactly("沙尔利格嘎查");
        assertThat(names("深入卧龙寺街道、中山东路街道调研")).containsExactly("卧龙寺街道", "中山东路街道");
        assertThat(names("组织部、区民政局和相关街道主要领导参加")).isEmpty();
        // villages named by a mountain, and of one character under their town; a mountain village is none
        assertThat(names("联合周边的茅山村、蔡郎桥村")).containsExactly("茅山村", "蔡郎桥村");
        assertThat(names("近日,沙溪镇董村入选")).containsExactly("沙溪镇", "董村");
        assertThat(names("走进偏远山村,小山村里")).isEmpty();
        // a person's name is no place: 曹广州 names no 广州
        String text = "区党工委副书记曹广州主持会议";
        boolean[] person = new boolean[text.length()];
        java.util.Arrays.fill(person, text.indexOf("曹广州"), text.indexOf("曹广州") + 3, true);
        assertThat(PlaceExtractor.find(text, text, G, null, person)).isEmpty();
    }

    @Test
    void placesInsideAnOrganisationsNameAreNotPlaces() {
        assertThat(names("北京北大医疗医院管理有限公司与区城投公司签约")).isEmpty();
        assertThat(names("到扬州市社区干部培训学院和江阴市委党校开展培训")).containsExactly("江阴市");
        assertThat(names("到五眼泉镇中小学开展活动")).containsExactly("五眼泉镇");
    }

    @Test
    void theCountrysListKnowsLongerNamesAndNamesThatBeginWithANumeral() {
        assertThat(names("旗领导先后到格日朝鲁苏木、阿日昆都楞镇调研。")).contains("阿日昆都楞镇");
        assertThat(names("6月10日,来凤县百福司镇某某村的广场上锣鼓喧天。")).contains("来凤县", "百福司镇");
        assertThat(names("红星街道万华某某社区积极发挥志愿服务力量。")).contains("红星街道", "万华某某社区");
        // a numeral that does not follow a place's suffix begins no name
        assertThat(names("全县百亩示范村建设")).isEmpty();
        assertThat(names("推进小城镇建设")).isEmpty();
    }

    @Test
    void zonesNamedByThePlaceTheyAreIn() {
        assertThat(names("在威县经济开发区的一家企业里,工人们正忙碌。")).contains("威县经济开发区");
        assertThat(names("观摩团来到内乡县产业集聚区、赤眉镇。")).contains("内乡县产业集聚区", "内乡县", "赤眉镇");
        assertThat(names("在某山镇富硒蔬菜产业园,菜农们正忙着采摘。")).contains("某山镇富硒蔬菜产业园", "某山镇");
        assertThat(names("要依托化州市化橘红现代农业产业园,做强种苗繁育。")).contains("化州市化橘红现代农业产业园");
        assertThat(names("2月27日,开封市产城融合示范区重点项目集中签约。")).contains("开封市产城融合示范区");
        assertThat(names("下午,宿马现代产业园区集中签约一批项目。")).containsExactly("宿马现代产业园区");
        assertThat(names("先后来到某某街道、石桥镇现代农业产业园等项目现场。")).contains("石桥镇现代农业产业园");
        assertThat(names("在南部县蚕桑产业园,工人们正忙着。")).contains("南部县蚕桑产业园");
        assertThat(names("考察团深入图克工业项目区考察。")).containsExactly("图克工业项目区");
        assertThat(names("创建汉丰湖国家级旅游度假区指挥部召开会议。")).containsExactly("汉丰湖国家级旅游度假区");
        // a kind of zone, and a zone's name that would begin with the suffix of the place before it, are no zones
        assertThat(names("创建乡村振兴示范区")).isEmpty();
        assertThat(names("全市现代农业产业园建设")).isEmpty();
        // a zone named by a district's short form names the zone only
        assertThat(names("4月28日,武进国家高新区党工委召开研讨会")).containsExactly("武进国家高新区");
    }

    @Test
    void housingEstatesOfficesAndCommunitiesWhoseNameHoldsASuffixsCharacter() {
        assertThat(names("某某分别前往某陀区某浦镇紫藤苑小区调研。")).contains("紫藤苑小区");
        assertThat(names("消夏晚会在华馨公寓小区内举行。")).containsExactly("华馨公寓小区");
        assertThat(names("与川汇区小桥办事处联办活动。")).contains("小桥办事处");
        assertThat(names("启动仪式在某港区秦楼街道城市花园社区举行。")).contains("秦楼街道", "城市花园社区");
        // a kind of estate, and a 街道's office, are no estate of their own
        assertThat(names("推进老旧小区改造,小区居民拍手称快。")).isEmpty();
        assertThat(names("某某街道办事处主任讲话")).containsExactly("某某街道");
    }
}

