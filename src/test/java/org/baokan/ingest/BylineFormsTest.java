package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bylines in the forms issue 12 lists, and those of the corpus. */
class BylineFormsTest {

    private static Article only(String... lines) {
        ParsedPage page = Pages.parse(lines);
        assertThat(page.articles()).as("articles of %s", String.join("/", lines)).hasSize(1);
        return page.articles().get(0);
    }

    @Test
    void markedBylineLines() {
        assertThat(BylineParser.parseCredit("■记者 张三 摄").orElseThrow().photographers()).containsExactly("张三");
        assertThat(BylineParser.parseBylineLine("□记者 李四 报道").orElseThrow().reporters()).containsExactly("李四");
        assertThat(BylineParser.parseBylineLine("■ 本报记者 张梦鹤 宁美红").orElseThrow().reporters()).containsExactly("张梦鹤", "宁美红");
        assertThat(BylineParser.parseBylineLine("□通讯员  黄倩云  姜一逸").orElseThrow().correspondents())
                .containsExactly("黄倩云", "姜一逸");
    }

    @Test
    void rolesWithSeparatorsAndOutlets() {
        Byline b = BylineParser.parseBylineLine("文丨王五 摄影丨赵六").orElseThrow();
        assertThat(b.reporters()).containsExactly("王五");
        assertThat(b.photographers()).containsExactly("赵六");
        assertThat(BylineParser.parseBylineLine("记 者 | 张子鹤 赵 鑫").orElseThrow().reporters()).containsExactly("张子鹤", "赵鑫");
        assertThat(BylineParser.parseBylineLine("视 觉 | 方 堃").orElseThrow().photographers()).containsExactly("方堃");
        assertThat(BylineParser.parseBylineLine("全媒体记者:王勃 陶然").orElseThrow().reporters()).containsExactly("王勃", "陶然");
        assertThat(BylineParser.parseBylineLine("湖北日报全媒记者戴劲松 通讯员余安青 李君亮").orElseThrow().correspondents())
                .containsExactly("余安青", "李君亮");
        assertThat(BylineParser.parseBylineLine("□广西云-广西日报记者 李家健 傅清龙").orElseThrow().reporters())
                .containsExactly("李家健", "傅清龙");
        assertThat(BylineParser.parseBylineLine("见习记者 周治深").orElseThrow().reporters()).containsExactly("周治深");
        assertThat(BylineParser.parseBylineLine("——读者 沈顺南").orElseThrow().reporters()).containsExactly("沈顺南");
    }

    @Test
    void textAndPhotosByTheSameReporter() {
        // 文/图: the same people wrote the story and took its photos, credited in both roles
        Byline b = BylineParser.parseCredit("记者 王彦 文/图").orElseThrow();
        assertThat(b.photographers()).containsExactly("王彦");
        assertThat(b.reporters()).containsExactly("王彦");
        assertThat(b.all()).containsExactly("王彦");
        Byline two = BylineParser.parseCredit("文/图 记者 张三 通讯员 李四").orElseThrow();
        assertThat(two.reporters()).containsExactly("张三");
        assertThat(two.correspondents()).containsExactly("李四");
        assertThat(two.photographers()).containsExactly("张三", "李四");
        Article a = only("某区召开会议", "□文/图 本报记者 吴艳敏", "走进某街道,温馨的生活气息扑面而来。");
        assertThat(a.photographers()).containsExactly("吴艳敏");
        assertThat(a.reporters()).containsExactly("吴艳敏");
        Article d = only("某区开工一批项目", "某某网讯(记者 王彦 文/图)1月1日上午,区委书记张某某带队检查新开工项目。");
        assertThat(d.reporters()).containsExactly("王彦");
        assertThat(d.photographers()).containsExactly("王彦");
        assertThat(a.title()).isEqualTo("某区召开会议");
        // the name first, 文/图 after it, between the headline and the story: the story's byline, no photo's caption
        Article b2 = only("某镇:", "“菌”字号产业撑起村民“钱袋子”", "记者 全志刚 文/图",
                "11月13日,记者来到某镇三道岗村的食用菌种植基地,一排排大棚整齐排列。");
        assertThat(b2.kind()).isEqualTo(org.baokan.model.ArticleKind.NEWS);
        assertThat(b2.title()).isEqualTo("某镇:“菌”字号产业撑起村民“钱袋子”");
        assertThat(b2.photographers()).containsExactly("全志刚");
        assertThat(b2.reporters()).containsExactly("全志刚");
    }

    @Test
    void datelinesOfNewsSitesCountiesAndTraditionalPages() {
        assertThat(BylineParser.parseLead("本報訊(記者 李鳳霞)4月21日上午,市委書記徐光來到代表團。").orElseThrow().names().reporters())
                .containsExactly("李鳳霞");
        assertThat(BylineParser.parseLead("海曙新闻网讯(李玉飞)1月13日下午,区委领导来到活动室。").orElseThrow().names().reporters())
                .containsExactly("李玉飞");
        BylineParser.Lead hk = BylineParser.parseLead("【香港商報網訊】記者 常亮 通訊員李世釗報道:8月20日,龍華區委常委會召開。").orElseThrow();
        assertThat(hk.names().reporters()).containsExactly("常亮");
        assertThat(hk.names().correspondents()).containsExactly("李世釗");
        assertThat(hk.rest()).startsWith("8月20日");
        assertThat(BylineParser.parseLead("陇西讯(记者张爱平)今年以来,陇西县大力推进扶贫开发。").orElseThrow().names().reporters())
                .containsExactly("张爱平");
        assertThat(BylineParser.parseLead("东南网龙岩8月9日讯 据闽西新闻网报道 8月8日上午,会议召开。").orElseThrow().month()).isEqualTo(8);
        assertThat(BylineParser.parseLead("四川在线消息(记者 蒋君芳 罗向明 摄影 肖雨杨)4月28日,省政府批复。").orElseThrow().names()
                .photographers()).containsExactly("肖雨杨");
        assertThat(BylineParser.parseLead("本报讯(通讯员戴忠祥邱新玲)日前,区委副书记到华明街调研。").orElseThrow().names()
                .correspondents()).containsExactly("戴忠祥", "邱新玲");
        // a traditional byline line whose only role is 通訊員
        assertThat(BylineParser.parseBylineLine("通訊員 李世釗").orElseThrow().correspondents()).containsExactly("李世釗");
        // a dateline-like word that is not one
        assertThat(BylineParser.startsWithDateline("喜讯传来,我县获评全国文明城市。")).isFalse();
        assertThat(BylineParser.startsWithDateline("新闻快讯:近日某区开展活动")).isFalse();
    }

    @Test
    void creditsAtTheEndOfAStoryOrCaption() {
        assertThat(only("2月23日,某开发区管委会主任宋波带队考察。人事劳动局相关负责人参加考察。(許小燕)").reporters())
                .containsExactly("許小燕");
        assertThat(only("会议还研究了其他事项。(本网记者:王浩江)").reporters()).containsExactly("王浩江");
        assertThat(only("相关职能部门要认真履行监管职责。(晋中日报 记者郭娟)").reporters()).containsExactly("郭娟");
        assertThat(only("区党工委提出全力冲刺的响亮口号,全面调度任务进度。记者 文雅 钰涵 摄").photographers())
                .containsExactly("文雅", "钰涵");
        Article caption = only("初秋时节,庙宇镇稻谷即将成熟。 朱云平 摄");
        assertThat(caption.photographers()).containsExactly("朱云平");
        assertThat(caption.paragraphs()).containsExactly("初秋时节,庙宇镇稻谷即将成熟。");
        // a bracket that names no one stays in the text
        assertThat(only("四个项目开工建设。(下转第二版)").reporters()).isEmpty();
    }

    @Test
    void aNameAloneOnTheLastLineIsTheAuthor() {
        Article a = only("本报讯 12月9日下午,区政协调研城市管理工作。", "调研组实地察看了居住区建设情况。", "钱赛");
        assertThat(a.reporters()).containsExactly("钱赛");
    }

    @Test
    void namesJoinedByADotOutletsBeforeTheRoleAndThePlaceAReporterWritesFrom() {
        Byline dotted = BylineParser.parseBylineLine("本报记者 古丽巴哈尔·阿布都热合曼 通讯员 李新").orElseThrow();
        assertThat(dotted.reporters()).containsExactly("古丽巴哈尔·阿布都热合曼");
        assertThat(dotted.correspondents()).containsExactly("李新");
        Byline outlet = BylineParser.parseBylineLine("(某某县融媒体中心 记者 杨春燕 通讯员 文明)").orElseThrow();
        assertThat(outlet.reporters()).containsExactly("杨春燕");
        assertThat(outlet.correspondents()).containsExactly("文明");
        BylineParser.Lead from = BylineParser.parseLead("【大公報訊】記者鄺嘉怡佛山報道:走進佛山市順德區北滘鎮的一家企業").orElseThrow();
        assertThat(from.names().reporters()).containsExactly("鄺嘉怡");
        assertThat(from.rest()).startsWith("走進");
        BylineParser.Lead spaced = BylineParser.parseLead("本报讯 记者 张三 北京报道:近日,某会议召开。").orElseThrow();
        assertThat(spaced.names().reporters()).containsExactly("张三");
        assertThat(spaced.byline()).isEqualTo("记者 张三 北京报道");
    }

    @Test
    void aWritersAndAPhotographersCreditOnOneLineAndNamesInBracketsAloneOrAfterTheirPlace() {
        Byline mixed = BylineParser.parseCredit("记者 管莉莉/文 杨文龙/摄").orElseThrow();
        assertThat(mixed.reporters()).containsExactly("管莉莉");
        assertThat(mixed.photographers()).containsExactly("杨文龙");
        assertThat(BylineParser.parseBylineLine("(郭慧芳)").orElseThrow().reporters()).containsExactly("郭慧芳");
        assertThat(BylineParser.parseBylineLine("(某某镇 胡冬梅)").orElseThrow().reporters()).containsExactly("胡冬梅");
        assertThat(BylineParser.trailingCredit("送去米面油和慰问金。(某某镇 胡冬梅)").credit().reporters()).containsExactly("胡冬梅");
        // a bracket of words is no credit, nor where a person stands in a photo
        assertThat(BylineParser.parseBylineLine("(上接第一版)")).isEmpty();
        assertThat(BylineParser.parseBylineLine("(左四)")).isEmpty();
        assertThat(BylineParser.parseBylineLine("(图片由某某镇提供)")).isEmpty();
        Article a = only("某区召开会议", "近日,某区召开会议,部署工作。", "(郭慧芳)");
        assertThat(a.title()).isEqualTo("某区召开会议");
        assertThat(a.reporters()).containsExactly("郭慧芳");
    }

    @Test
    void aRoleBeforeItsSlashGluedNamesBetweenRolesBoxedNamesAndNamesBrokenBySpaces() {
        Byline slashed = BylineParser.parseBylineLine("文/见习记者 韩小梅 图/摄影记者 周大力").orElseThrow();
        assertThat(slashed.reporters()).containsExactly("韩小梅");
        assertThat(slashed.photographers()).containsExactly("周大力");
        // 文/图 is still both roles of the same people
        assertThat(BylineParser.parseCredit("文/图 王一鸣").orElseThrow().photographers()).containsExactly("王一鸣");
        Byline glued = BylineParser.parseBylineLine("(某某日报全媒体记者刘子明通讯员赵春华)").orElseThrow();
        assertThat(glued.reporters()).containsExactly("刘子明");
        assertThat(glued.correspondents()).containsExactly("赵春华");
        assertThat(BylineParser.parseBylineLine("(记者 王一 特约通讯员 李二)").orElseThrow().correspondents()).containsExactly("李二");
        Byline boxed = BylineParser.parseBylineLine("□ 孙 栩 祖伊美 李晓静").orElseThrow();
        assertThat(boxed.reporters()).containsExactly("孙栩", "祖伊美", "李晓静");
        assertThat(BylineParser.parseBylineLine("□ 新春走基层")).isEmpty();
        assertThat(BylineParser.parseBylineLine("图丨吴  洋 甘  露").orElseThrow().photographers()).containsExactly("吴洋", "甘露");
        assertThat(BylineParser.parseBylineLine("本报记者 张 冬 通讯员 贺 林 庞 帅").orElseThrow().correspondents())
                .containsExactly("贺林", "庞帅");
        assertThat(BylineParser.parseBylineLine("记者 欧 阳 桂 英").orElseThrow().reporters()).containsExactly("欧阳桂英");
        // a Tibetan name has no surname: two name words
        assertThat(BylineParser.parseCredit("(扎西平措 摄)").orElseThrow().photographers()).containsExactly("扎西平措");
        assertThat(BylineParser.parseCredit("(扎西工作 摄)")).isEmpty();
    }

    @Test
    void aWritersCreditInTheSourceLineIsTheStorysByline() {
        Article a = only("某旗领导调研牧区工作", "5月10日,旗人大常委会副主任宝力到某苏木调研。", "撰稿:王宏图 编辑:包小峰 审核:梅花");
        assertThat(a.reporters()).containsExactly("王宏图");
    }

    @Test
    void aCaptionsBoxedCreditWithANameBrokenBySpaces() {
        BylineParser.TrailingCredit c = BylineParser.trailingPhotoCredit("数千只候鸟在湿地上空盘旋飞舞。  ■记者 卞 军 摄");
        assertThat(c.credit().photographers()).containsExactly("卞军");
        assertThat(BylineParser.trailingPhotoCredit("观鸟摄影展吸引了不少市民驻足。  ■实习生 仇 悦 摄").credit().photographers())
                .containsExactly("仇悦");
        // a paper and its app before the roles
        Byline app = BylineParser.parseBylineLine("某鲁晚报·某鲁壹点 记者 臧某某 通讯员 黄 帅").orElseThrow();
        assertThat(app.reporters()).containsExactly("臧某某");
        assertThat(app.correspondents()).containsExactly("黄帅");
        // a dateline of a paper and its site together
        BylineParser.Lead both = BylineParser.parseLead("某州日报/某州网讯(记者裴某某报道)5月9日上午,市委书记会见客人。").orElseThrow();
        assertThat(both.names().reporters()).containsExactly("裴某某");
        // a digest's editor: 摘编 as 整理
        assertThat(BylineParser.parseCredit("(本站编辑 贾某芸摘编)").orElseThrow().editors()).containsExactly("贾某芸");
        // a caption without a credit keeps its words
        assertThat(BylineParser.trailingPhotoCredit("市民在公园里拍摄")).isNull();
    }
}

