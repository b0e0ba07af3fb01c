package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.DateSource;
import org.baokan.model.PageLabel;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Web and e-paper chrome: boilerplate, never an article; the facts some of it prints. */
class WebChromeTest {

    @ParameterizedTest
    @ValueSource(strings = {"首页", "上一版 下一版", "上一篇    下一篇", "放大 缩小 默认", "【PDF版】", "新闻推荐", "相关阅读:",
        "打印 | 收藏 | 发给好友 【字号 大 中 小】 |", "1/4 下一页 上一页 首页 尾页", "返回 | 刷新 | WAP首页 | 网页版 | 登录",
        "当前位置: 首页 > 互动 > 新区动态", "网易首页 > 新闻中心 > 国内新闻", ">区情>环翠概况>环翠大事记", "审核丨王明",
        "来源:济宁新闻客户端", "责任编辑:张世豪", "[编辑:李秀青]", "【责任编辑:高薇】", "(责任编辑:UN913)", "责编:葛祥云",
        "2017-08-09 10:12:58 来源:闽西新闻网 责任编辑:阙小琴 我来说两句 |", "刊发日期:2023-04-07 阅读次数: 作者:admin 语音阅读:",
        "时间:2022-09-27 03:05:25 | 浏览:3873", "日期:2015-02-27 08:36", "定西日报 2018-12-29 09:27 大字",
        "锦绣四川网版权所有 未经书面授权 不得复制或建立镜像 |", "冀ICP备09047539号-1 | 互联网新闻信息服务许可证编号:1312006002",
        "Powered by Discuz! X3.4", "您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。",
        "Hi~新朋友,记得点蓝字关注我们哟", "下载通川客户端", "襄城天气:今天白天阴,东风1级,气温9~20℃", "3-2.jpg", "图片1.png",
        "![](/Files237/BeyondPic/2013-2/20/13022015043b4c631c4fe7d69b.jpg)", "//jz.sxgov.cn/",
        "张王杰深入榆次区调研食品安全及就业创业工作_黄河新闻网", "上一篇:我市召开秋冬季森林防火工作会议", "下一篇:臨潭縣開展“學雷鋒”志願服務活動",
        "相关阅读:某区召开2024年经济工作会议", "上一版  下一版  PDF下载  返回目录", "返回栏目", "返回栏目>>",
        "某某说事 • 正文", "首页 > 本地新闻 > 正文", "相关文章Related", "新闻推荐 NEWS", "版面导航 | 01 要闻 | 02 综合 | 03 县区 | 08 沂蒙晚报",
        "第01版:要闻 第02版:综合 第03版:县域新闻", "01版 要闻 | 02版 综合 | 03版 伊犁河", "A01版:重点 A02版:要闻 A03版:综合",
        "上一版 下一版 本版PDF", "网友评论", "共0条评论 | 登录后发表", "[列印] [關閉]", "分享 收藏 点赞 在看", "关注",
        "喜欢此内容的人还喜欢", "监制丨韩明", "校对:李四", "上一期 下一期", "请文明上网,理性发言", "• 当前位置:", "鄞州日报 数字报刊", "共120条 第1/12页 首页 上一页 下一页 尾页",
        "上一版 下一版 版面目录", "听全文", "阅读:1532", "阅读 ()", "发布于:浙江省", "原标题:某县:“共富工坊”开到家门口",
        "返回搜狐,查看更多", "发表评论 0条评论", "2025-12-26,12687| 2025-12-25,12675| 2025-12-24,12667|",
        "今日  首页 -在线投稿 -往期报纸 -常见问题 -帮助", "返回某网首页返回专题频道首页", "阅读下一篇", "—分享—", "文章搜索:",
        "发布评论", "最大长度:500 还剩:500", "通版阅读请点击:", "展开通版", "123456", "78910111213", "28293031", "日期:03-17",
        "当前报纸名称:某某日报", "甲乙丙丁-戊己庚辛网站-子丑寅卯精品-某某影视一区", "【打印本页】\u3000【关闭窗口】", "分享至",
        "日报数字报刊", "本文转自:某江日报", "原创 某某县融媒体中心 某某发布 3月14日", "某化融媒 8月22日", "12345",
        "阅读 (1.2万)", "05-12 10:31 · 某某日报社官方账号", "收录于合集 #乡村振兴 12个", "用微信扫码二维码", "分享至好友和朋友圈",
        "主办单位:某某区人民政府办公室", "旗下栏目: 某阳县 某城县 某州市/某城区", "2013年10月23日 星期三 放大 缩小 默认", "小字體大字體"})
    void chromeLinesAreChrome(String line) {
        assertThat(WebChrome.read(Scripts.fold(line))).as(line).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"时间:3月6日上午", "区委书记刘章箭主持会议并讲话。", "聚焦民生重点 提升服务质量", "2020年9月11日",
        "5月28日,某区召开会议,部署工作。", "凝心聚力,全力推进重点项目建设", "下一步:抓好项目落实",
        "上一年度全县完成投资50亿元", "让群众读懂正文",
        "3月12日 区委书记王小波带领干部植树", "阅读经典 传承文明", "今日起全面开放", "2019年 全区生产总值增长7%", "第1名 高新区 第2名 任城区", "5个乡镇 12个村",
        "2020", "京沪-广深", "今日起开放 首页新闻", "2021-2025年规划-建设-管理",
        "县委书记王明 3月14日", "我们要办好电子报"})
    void storyLinesAreNot(String line) {
        assertThat(WebChrome.isChrome(line)).as(line).isFalse();
    }

    @Test
    void pageHeadersGiveTheLabel() {
        assertThat(WebChrome.pageHeader("第03版:城 事 PDF版阅读").orElseThrow().label()).isEqualTo(new PageLabel("03", "城事"));
        assertThat(WebChrome.pageHeader("HC02版:太白湖·新城").orElseThrow().label()).isEqualTo(new PageLabel("HC02", "太白湖·新城"));
        assertThat(WebChrome.pageHeader("第2b版:本地 上一版 下一版").orElseThrow().label().number()).isEqualTo("2B");
        assertThat(WebChrome.pageHeader("第01版:").orElseThrow().label()).isEqualTo(new PageLabel("01", null));
        assertThat(WebChrome.pageHeader("当前版: 08版 上一版  下一版").orElseThrow().label().number()).isEqualTo("08");
        WebChrome.Facts f = WebChrome.pageHeader("A4:视点总第2960期 >2023-09-06编印").orElseThrow();
        assertThat(f.label()).isEqualTo(new PageLabel("A4", "视点"));
        assertThat(f.total()).isEqualTo(2960);
        assertThat(f.date()).isEqualTo(LocalDate.of(2023, 9, 6));
        assertThat(WebChrome.pageHeader("下一版»本期共4版, 当前第1版 PDF").orElseThrow().label().number()).isEqualTo("1");
    }

    @Test
    void aPageLabelAfterItsFieldOrInBrackets() {
        assertThat(WebChrome.pageHeader("版面:第C07版:社区       上一篇    下一篇").orElseThrow().label())
                .isEqualTo(new PageLabel("C07", "社区"));
        assertThat(WebChrome.pageHeader("【第 B1 版:要闻】").orElseThrow().label()).isEqualTo(new PageLabel("B1", "要闻"));
        assertThat(WebChrome.pageHeader("当前版:01版").orElseThrow().label()).isEqualTo(new PageLabel("01", null));
    }

    @Test
    void theSourceFieldNamesAnOutletNotAnOfficeAnAdministratorOrTheNextField() {
        assertThat(WebChrome.read("来源:某城日报编辑:胡某某发布时间:2020-07-08 16:43:30").orElseThrow().paper()).isEqualTo("某城日报");
        WebChrome.Facts empty = WebChrome.read("作者: 来源: 发布时间:2012-08-29").orElseThrow();
        assertThat(empty.paper()).isNull();
        assertThat(empty.date()).isEqualTo(LocalDate.of(2012, 8, 29));
        assertThat(WebChrome.read("来源:管理员 时间:2024-02-28 阅读:418").orElseThrow().paper()).isNull();
        assertThat(WebChrome.read("发布时间:2021-10-11 来源:某区人民政府办公室 字体大小:").orElseThrow().paper()).isNull();
        assertThat(WebChrome.read("来源:某县农业农村局").orElseThrow().paper()).isNull();
        assertThat(WebChrome.read("来源: 某县融媒体中心").orElseThrow().paper()).isEqualTo("某县融媒体中心");
        assertThat(WebChrome.read("当前报纸名称:某安日报").orElseThrow().paper()).isEqualTo("某安日报");
    }

    @Test
    void anEPapersListOfThisPagesTitlesAndAnAccountsCaptionAreChrome() {
        ParsedPage page = Pages.parse("某宁日报", "2023年11月07日 星期二", "HC02版:某某·新城", "上一版  下一版  【PDF版】", "本版新闻列表",
                "·某某新区重点项目集中观摩", "·某某镇:小芡实串起富民大产业", "·镇街动态", "", "某某新区重点项目集中观摩", "",
                "本报讯(记者 颜某 通讯员 卜某某)11月4日,某某新区组织开展重点项目集中观摩活动,实地察看项目建设进度。", "",
                "扫码关注我们", "某上融媒");
        assertThat(page.articles()).extracting(Article::title).containsExactly("某某新区重点项目集中观摩");
        assertThat(page.boilerplate()).contains("·某某镇:小芡实串起富民大产业", "某上融媒");
        ParsedPage repeated = Pages.parse("A02:要闻·广告", "本版列表新闻", "某某前往社区与居民座谈听取意见建议,强调以群众满意为标准把社区建设好",
                "某某前往社区与居民座谈听取意见建议,强调以群众满意为标准把社区建设好", "", "2013年10月23日 星期三 放大 缩小 默认",
                "小区小社会好了,大社会才会好", "本报讯 10月21日下午,市委书记某某前往某区,察看社区工作。");
        assertThat(repeated.boilerplate()).contains("本版列表新闻", "2013年10月23日 星期三 放大 缩小 默认");
        // a heading right above a story's own headline lists nothing
        ParsedPage own = Pages.parse("第A03版:县域", "本版新闻列表", "抢抓晴好天气 做好冬季管护", "某某三华李果园", "冬管正当时", "",
                "某某日报记者 邱某某", "11月7日,记者走进某镇某村,漫山遍野的三华李果园里,果农们正忙着修枝施肥。");
        assertThat(own.articles()).extracting(Article::title).contains("某某三华李果园冬管正当时");
    }

    @Test
    void aMastheadLetterSpacedOverTwoLines() {
        ParsedPage page = Pages.parse("湛 江", "日 报", "2021年04月14日 星期三", "A05版:县域新闻", "", "某某菠萝乘“云”出海", "",
                "本报讯(记者 麦某)4月12日,首批鲜果经某某港发往加拿大。");
        assertThat(page.paper()).isEqualTo("湛江日报");
        assertThat(page.articles()).extracting(Article::title).containsExactly("某某菠萝乘“云”出海");
    }

    @Test
    void aRepostsOriginAndAWeChatHeaderNameTheOutlet() {
        assertThat(WebChrome.read("本文转自:某江日报").orElseThrow().paper()).isEqualTo("某江日报");
        assertThat(WebChrome.read("原创 某某县融媒体中心 某某发布 3月14日").orElseThrow().paper()).isEqualTo("某某发布");
        ParsedPage page = Pages.parse("某芝发布", "返回 | 首页 | 图片新闻", "桃花灼灼映雪山", "第二十届某某桃花旅游文化节开幕",
                "3月27日,游客在某某镇某村的桃花林中拍照留念,远处的雪山与桃花相映成趣。", "记者 次仁卓嘎 摄");
        assertThat(page.paper()).isEqualTo("某芝发布");
        assertThat(page.articles()).extracting(Article::title).contains("第二十届某某桃花旅游文化节开幕");
    }

    @Test
    void aMenuOfBulletedWordsAndAWordBetweenTheSourceLineAndTheStoryAreChrome() {
        ParsedPage page = Pages.parse("客服热线:15278003356", "  • 公司", "  • 供求", "  • 特产", "  • 新闻",
                "某县:春日里的“甜蜜事业”", "时间:2023-02-13 来源: 某县融媒体中心", "  眼下正值甘蔗收购的旺季,蔗农们忙着砍收甘蔗。");
        assertThat(page.articles()).singleElement().extracting(Article::title).isEqualTo("某县:春日里的“甜蜜事业”");
        assertThat(page.boilerplate()).contains("• 公司", "• 新闻");
        ParsedPage web = Pages.parse("某某检查水库防汛工作", "来源:某网 作者:宋某某 2016-07-06 09:40:05", "时刻新闻", "—分享—",
                "某网某站7月6日讯(记者 宋某某)4日下午,县长某某到某镇检查水库防汛工作。", "某某察看了水库的蓄水运行情况。");
        assertThat(web.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("某某检查水库防汛工作");
            assertThat(a.paragraphs()).hasSize(2);
        });
        assertThat(web.boilerplate()).contains("时刻新闻", "—分享—");
        // a short title above its dateline, after a page label, is still the story's
        ParsedPage label = Pages.parse("第03版:城事", "街拍", "本报讯 3日,市民在公园里赏花。");
        assertThat(label.articles()).singleElement().extracting(Article::title).isEqualTo("街拍");
    }

    @Test
    void aSourceLineGivesThePagesDateAndPaper() {
        ParsedPage page = Pages.parse("张王杰深入榆次区调研食品安全", "2023-06-27 14:34:40    来源:晋中日报", "",
                "6月26日,晋中市副市长张王杰深入榆次区就食品安全及就业创业工作进行专题调研。");
        assertThat(page.date()).isEqualTo(LocalDate.of(2023, 6, 27));
        assertThat(page.paper()).isEqualTo("晋中日报");
        assertThat(page.articles()).singleElement().extracting(Article::title).isEqualTo("张王杰深入榆次区调研食品安全");
    }

    @Test
    void mastheadsInTheirOtherForms() {
        assertThat(MastheadParser.parse("齐鲁晚报 2020年03月10日").orElseThrow().paper()).isEqualTo("齐鲁晚报");
        assertThat(MastheadParser.parse("齐鲁晚报 2020年03月10日").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 3, 10));
        MastheadFacts epaper = MastheadParser.parse("2025年03月14日 首页 第01版:").orElseThrow();
        assertThat(epaper.date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(epaper.label().number()).isEqualTo("01");
        MastheadFacts daily = MastheadParser.parse("济宁日报2018-06-12 08:55").orElseThrow();
        assertThat(daily.paper()).isEqualTo("济宁日报");
        assertThat(daily.date()).isEqualTo(LocalDate.of(2018, 6, 12));
    }

    @Test
    void aFlipbooksPageHeaderNamesTheBookAndThePageAndItsRunningHeadIsNoHeadline() {
        ParsedPage page = Pages.parse("Page 12 - 《某县年鉴(2019)》", "P. 12", "", "县域经济 ", "",
                "3月5日,县委常委会召开会议,研究部署全年经济工作,会议由县委书记王刚主持。");
        assertThat(page.paper()).isEqualTo("某县年鉴(2019)");
        assertThat(page.page()).isEqualTo(new PageLabel("12", null));
        assertThat(page.boilerplate()).contains("县域经济");
        assertThat(page.articles()).extracting(Article::title).doesNotContain("县域经济");
        // a story's own short heading after ordinary chrome stays a headline
        ParsedPage web = Pages.parse("来源:某某日报", "县域经济", "", "3月5日,县委常委会召开会议,研究部署全年经济工作。");
        assertThat(web.boilerplate()).doesNotContain("县域经济");
    }

    @Test
    void aPapersNameWithThePagesLabelOrAloneAtTheTop() {
        ParsedPage kunshan = Pages.parse("某山日报 第A03版", "", "某镇召开会议", "", "本报讯 3日,某镇召开会议,部署全年工作。");
        assertThat(kunshan.paper()).isEqualTo("某山日报");
        assertThat(kunshan.page()).isEqualTo(new PageLabel("A03", null));
        assertThat(kunshan.articles()).extracting(Article::title).containsExactly("某镇召开会议");
        // a paper named after a place ending in 海 is no poster (海报)
        ParsedPage jinghai = Pages.parse("静海报", "2018年05月16日", "第01版:要闻", "", "某镇召开会议", "",
                "本报讯 3日,某镇召开会议,部署全年工作。");
        assertThat(jinghai.paper()).isEqualTo("静海报");
        assertThat(PageFurniture.looksLikePaperName("宣传海报")).isFalse();
    }

    @Test
    void aListOfTheIssuesPagesIsNotThisPagesLabel() {
        ParsedPage page = Pages.parse("01版:导读", "02版:要闻评论", "03版:加油吧少年", "", "某区召开会议",
                "本报讯(记者 于哲)近日,某区召开会议,部署工作。");
        assertThat(page.page()).isNull();
        assertThat(page.boilerplate()).contains("01版:导读", "02版:要闻评论", "03版:加油吧少年");
        assertThat(page.articles()).singleElement().extracting(Article::title).isEqualTo("某区召开会议");
    }

    @Test
    void afterRelatedLinksComeOtherPagesTeasers() {
        ParsedPage page = Pages.parse("本报讯(记者 李华)3日,某县召开会议,部署工作。", "新闻推荐",
                "8月5日,县政府召开第九次全体(扩大)会议。县长朱小兵出席会议...", "某县新闻,新鲜有料。");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.boilerplate()).contains("新闻推荐", "某县新闻,新鲜有料。");
    }

    @Test
    void aStorysClosingCreditAfterItsSourceLineIsStillTheStorys() {
        ParsedPage page = Pages.parse("某区开展植树活动", "", "3月12日,区委书记王小波带领机关干部参加义务植树活动。", "",
                "来源:某某镇", "", "作者:陈姿伊", "", "编辑:张三");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).title()).isEqualTo("某区开展植树活动");
        assertThat(page.articles().get(0).reporters()).containsExactly("陈姿伊");
        assertThat(page.boilerplate()).contains("来源:某某镇", "编辑:张三");
        // a credit that opens the next story's text stays that story's
        ParsedPage two = Pages.parse("某区开展植树活动", "", "3月12日,区领导参加义务植树活动。", "", "来源:某某镇", "",
                "记者 李华", "", "3月13日,某镇召开会议,部署春耕工作。");
        assertThat(two.articles().get(0).reporters()).isEmpty();
    }

    @Test
    void theAuthorOfASourceLineIsTheStorysBylineAndQrCaptionsPartNeither() {
        ParsedPage page = Pages.parse("兩位村干部的“心思”", "2020-04-17 09:35:00  來源:某某干部報  作者:本報記者 王書明", "1", "",
                "某某干部報網", "微信公眾號", "", "某某干部報網", "官方微博", "", "4月4日,清明節。記者回到某某鎮吳莊村的老家掃墓。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("兩位村干部的“心思”");
            assertThat(a.reporters()).containsExactly("王書明");
            assertThat(a.paragraphs()).hasSize(1);
        });
        assertThat(page.boilerplate()).contains("2020-04-17 09:35:00 來源:某某干部報", "某某干部報網", "微信公眾號", "官方微博");
        // an office or an account is no author: the line stays chrome whole
        ParsedPage office = Pages.parse("某区大事记", "来源:某区 作者:某区党史办 发布时间:2023-09-12", "",
                "4月1日,某区召开会议。");
        assertThat(office.articles().get(0).reporters()).isEmpty();
    }

    @Test
    void aSourceThatNamesASiteAndItsPaperIsThePapers() {
        assertThat(WebChrome.outlet("解放网-解放日报")).isEqualTo("解放日报");
        assertThat(WebChrome.outlet("某市日报/某市新闻网")).isEqualTo("某市日报");
        assertThat(WebChrome.outlet("闽西新闻网")).isEqualTo("闽西新闻网");
        // the page's own site, or none
        assertThat(WebChrome.outlet("本网")).isNull();
        assertThat(WebChrome.outlet("网络")).isNull();
        ParsedPage page = Pages.parse("某县召开会议", "2012年01月05日14:47", "来源:某某网-某某日报 作者:王斌",
                "本报讯(记者 王斌)昨天,某县召开会议,部署工作。");
        assertThat(page.paper()).isEqualTo("某某日报");
        assertThat(page.paperSource()).isEqualTo(DateSource.INFERRED);
    }

    @Test
    void aSitesDatelineNamesTheSite() {
        assertThat(BylineParser.outlet("某某新闻网讯")).isEqualTo("某某新闻网");
        assertThat(BylineParser.outlet("某某网10月9日开封消息")).isEqualTo("某某网");
        assertThat(BylineParser.outlet("东南网龙岩8月9日讯")).isEqualTo("东南网");
        assertThat(BylineParser.outlet("【某某商報網訊】")).isEqualTo("某某商報網");
        assertThat(BylineParser.outlet("中国网·某某高新讯")).isEqualTo("中国网·某某高新");
        assertThat(BylineParser.outlet("四川在线消息")).isEqualTo("四川在线");
        // the paper's own, an agency, a place
        assertThat(BylineParser.outlet("本报讯")).isNull();
        assertThat(BylineParser.outlet("新华社北京5月3日电")).isNull();
        assertThat(BylineParser.outlet("陇西讯")).isNull();
        ParsedPage page = Pages.parse("某某新闻网讯(李玉飞)1月13日下午,某区召开会议,部署工作。");
        assertThat(page.paper()).isEqualTo("某某新闻网");
        assertThat(page.paperSource()).isEqualTo(DateSource.INFERRED);
        assertThat(page.warnings()).anyMatch(w -> w.kind() == org.baokan.model.WarningKind.PAPER_INFERRED && "某某新闻网".equals(w.detail()));
    }

    @Test
    void aSearchBoxsWordsAreNoPaper() {
        assertThat(PageFurniture.looksLikePaperName("网页新闻")).isFalse();
        assertThat(PageFurniture.looksLikePaperName("手机新闻")).isFalse();
        assertThat(PageFurniture.looksLikePaperName("某某新闻")).isTrue();
    }

    @Test
    void aCountyPaperNamedTodayAndItsPublishersLine() {
        ParsedPage page = Pages.parse("今日某乡", "2022年09月16日 星期五", "第01版:要闻", "", "某市召开防汛工作会议", "",
                "本报讯(记者 李华)9月15日,某市召开会议,部署工作。", "", "中共某县委主办");
        assertThat(page.paper()).isEqualTo("今日某乡");
        assertThat(page.articles()).singleElement().extracting(Article::title).isEqualTo("某市召开防汛工作会议");
        assertThat(page.boilerplate()).contains("今日某乡", "中共某县委主办");
    }

    @Test
    void aLongWebTitleWithCommasAboveItsSourceLineIsTheHeadline() {
        ParsedPage page = Pages.parse("首页 > 新闻中心 > 县区动态",
                "市委书记王某某:坚持项目为王,推动县域经济高质量发展,奋力谱写新篇章", "2023-06-27 14:34:40  来源:某某日报", "",
                "6月26日,市委书记王某某到某县调研项目建设。");
        assertThat(page.articles()).singleElement().extracting(Article::title)
                .isEqualTo("市委书记王某某:坚持项目为王,推动县域经济高质量发展,奋力谱写新篇章");
        // a sentence above a source line stays text
        ParsedPage sentence = Pages.parse("6月26日,市委书记王某某到某县调研项目建设,听取了汇报。", "2023-06-27 14:34:40  来源:某某日报");
        assertThat(sentence.articles()).allSatisfy(a -> assertThat(a.title()).isNull());
    }
}
