package org.baokan.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** People as any local paper names them: titles of every level, lists, speakers, traditional script. */
class PeopleOfAnyPaperTest {

    private static List<String> names(String text) {
        return PeopleExtractor.titled(text, org.baokan.ingest.Scripts.foldIfTraditional(text)).stream()
                .map(PeopleExtractor.Found::name).toList();
    }

    private static List<String> titlesOf(String text, String name) {
        return PeopleExtractor.titled(text).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().titles();
    }

    @Test
    void titlesOfEveryLevel() {
        assertThat(names("省长王明,市长李华,县委书记张强,区人大常委会主任赵刚,理事会常务副主席孙丽出席。"))
                .containsExactly("王明", "李华", "张强", "赵刚", "孙丽");
        assertThat(titlesOf("区委副书记、代区长吴胜武等区委领导来到活动室。", "吴胜武")).containsExactly("区委副书记、代区长");
    }

    @Test
    void collectiveListsAndListsThatGoOnAfterATitledName() {
        assertThat(names("市领导李留心、陈传智出席揭牌仪式。")).containsExactly("李留心", "陈传智");
        assertThat(names("区委常委蒋罡、干利强、刘其昕出席会议。")).containsExactly("蒋罡", "干利强", "刘其昕");
        assertThat(titlesOf("区委常委蒋罡、干利强、刘其昕出席会议。", "刘其昕")).containsExactly("区委常委");
        assertThat(names("一起看望党代表的还有毕东华、赵剑光、朱振甫等区委领导。")).containsExactly("毕东华", "赵剑光", "朱振甫");
        assertThat(titlesOf("一起看望党代表的还有毕东华、赵剑光、朱振甫等区委领导。", "赵剑光")).containsExactly("区委领导");
        assertThat(names("许国鑫、张小鹏、陈奕忠当选委员。")).containsExactly("许国鑫", "张小鹏", "陈奕忠");
        assertThat(names("市南区委书记:王锋市南区代区长:刘存东")).containsExactly("王锋", "刘存东");
    }

    @Test
    void aListItemBetweenMarksMayEndInACharacterThatIsElsewhereAConjunction() {
        assertThat(names("徐晓宗、丁晓勇、郑和、白俊、高军政出席大会。"))
                .containsExactly("徐晓宗", "丁晓勇", "郑和", "白俊", "高军政");
        assertThat(names("区领导王勇、李及出席。")).containsExactly("王勇", "李及");
        // outside a list, 和 still ends no name: 王刚和李强, not 王刚和
        assertThat(names("王刚和李强说,项目已开工。")).doesNotContain("王刚和");
        assertThat(names("区领导和嘉宾、企业代表参加活动。")).isEmpty();
        assertThat(names("市领导与会、区领导及代表出席。")).isEmpty();
    }

    @Test
    void aTitleInQuotesAndTheNextPersonsTitleAfterIt() {
        String text = "镇党委副书记、某某居“第一书记”孙明带领某某居党总支书记卢金花等一行来到社区。";
        assertThat(names(text)).containsExactly("孙明", "卢金花");
        assertThat(titlesOf(text, "孙明")).containsExactly("“第一书记”");
        // the title of the second person starts after the verb that follows the first
        assertThat(titlesOf(text, "卢金花")).containsExactly("某某居党总支书记");
    }

    @Test
    void aTitleRunStartsAfterAPersonNamedInIt() {
        String text = "在志愿者王爱兵的陪同下参观。听取了王爱兵关于下关村党总支书记蔡峦的介绍。";
        assertThat(titlesOf(text, "蔡峦")).containsExactly("下关村党总支书记");
    }

    @Test
    void aPrepositionAfterANameIsNotItsLastCharacter() {
        assertThat(names("村党总支书记蔡峦在上级党委领导下带领群众致富。")).containsExactly("蔡峦");
        // a longer name still wins where what follows it is clearer
        assertThat(names("区委书记刘在田出席会议。")).containsExactly("刘在田");
    }

    @Test
    void aMarkupLabelInBracketsIsNoPartOfATitle() {
        String text = "【正文】區人大常委會副主任羅恩德參加調研。";
        assertThat(PeopleExtractor.titled(text, org.baokan.ingest.Scripts.foldIfTraditional(text)).get(0).titles())
                .containsExactly("區人大常委會副主任");
    }

    @Test
    void surnamesOfTheWholeCountry() {
        // 洪 is among the hundred commonest; 虎 and 妥 of the Hui, 者 of the Yi, 庹 and the compound 赫连
        assertThat(names("区委常委、政法委书记洪小兰到现场督导。")).containsExactly("洪小兰");
        assertThat(names("村民虎小燕和家人忙着装袋。")).containsExactly("虎小燕");
        assertThat(names("镇党委书记者建华说,镇里引导村民开办民宿。")).containsExactly("者建华");
        assertThat(names("副市长庹小莉出席。")).containsExactly("庹小莉");
        assertThat(names("市委副书记、市长赫连建军出席开幕式。")).containsExactly("赫连建军");
        // surnames that are also words stay words: 资金, 妥善, 任命
        assertThat(names("局长资金保障到位。")).isEmpty();
    }

    @Test
    void givenNamesMayHoldCharactersThatAreElsewherePhraseWords() {
        assertThat(names("种粮大户毛德全一边检查秧盘一边说。")).containsExactly("毛德全");
        assertThat(names("油茶种植户欧阳桂兰算起了收入账。")).containsExactly("欧阳桂兰");
        assertThat(names("民宿主人寻亮亮告诉记者,他把老屋改成了民宿。")).containsExactly("寻亮亮");
        assertThat(names("白族木雕艺人张金宝一边雕刻一边说。")).containsExactly("张金宝");
    }

    @Test
    void transliteratedNamesLongOrJoinedByADot() {
        assertThat(names("县委副书记、县长努尔兰·哈力木介绍,全县种植面积扩大。")).containsExactly("努尔兰·哈力木");
        assertThat(names("村民阿依古丽·吐尔逊正忙着收割花穗。")).containsExactly("阿依古丽·吐尔逊");
        assertThat(names("非遗传承人何叶尔·春花将现场展示刺绣。")).containsExactly("何叶尔·春花");
        assertThat(names("旗委副书记、旗长乌云其木格出席开幕式。")).containsExactly("乌云其木格");
        assertThat(names("78岁的民间艺人额尔敦毕力格为游客演唱长调。")).containsExactly("额尔敦毕力格");
        assertThat(names("嘎查党支部书记其其格说,流动课堂很受欢迎。")).containsExactly("其其格");
    }

    @Test
    void appointmentsByVerbAndUnderAHeading() {
        assertThat(names("会议决定任命邵小婷为区人民政府副区长。")).containsExactly("邵小婷");
        assertThat(names("区委决定:任命覃玉兰为某街道党工委书记;免去黎宏达的某镇党委书记职务。"))
                .containsExactly("覃玉兰", "黎宏达");
        assertThat(names("决定任命:\n谭明亮为某区发展和改革委员会主任;\n向春梅为某区教育委员会主任。\n\n决定免去:\n冉光明的某区商务委员会主任职务。"))
                .containsExactly("谭明亮", "向春梅", "冉光明");
        // without an appointment: 为 after a name at a clause's start is no appointment
        assertThat(names("张三为群众办实事。")).isEmpty();
    }

    @Test
    void moreDescriptorsAndAGivenNameThatEndsInAConjunction() {
        assertThat(names("烟农李建军一边把烟叶码上烤房。")).containsExactly("李建军");
        assertThat(names("楼栋长王德福说,一楼住户同意了。")).containsExactly("王德福");
        assertThat(names("高级农艺师郑秀云现场授课。")).containsExactly("郑秀云");
        assertThat(names("村防疫员马小平已经给肉牛打了疫苗。")).containsExactly("马小平");
        assertThat(names("居民林秀珍则是这里的常客。")).containsExactly("林秀珍");
        // 和 ends the name where no person follows it and the text goes on as after a name
        assertThat(names("退休教师李永和义务开设电商夜校。")).containsExactly("李永和");
        assertThat(names("退休教师王刚和李强参加。")).contains("王刚").doesNotContain("王刚和");
        assertThat(names("村民李红和家人忙着装袋。")).containsExactly("李红");
    }

    @Test
    void aHeadlinesPlaceLeadInIsNoSpeaker() {
        assertThat(names("蒙阴:蜜桃“触网”走俏")).isEmpty();
        assertThat(names("夏新:我们要抓住机遇。")).containsExactly("夏新");
    }

    @Test
    void aTitleRunDoesNotStartWithTheClosingQuoteBeforeIt() {
        String text = "「以前要60個人,現在6個人就夠了。」企業總經理司徒志強說。";
        assertThat(PeopleExtractor.titled(text, org.baokan.ingest.Scripts.foldIfTraditional(text)).get(0).titles())
                .containsExactly("企業總經理");
    }

    @Test
    void aTitleInsideALongerOneDoesNotHideIt() {
        // 支书 stands inside 党总支书记
        assertThat(names("村党总支书记汤小明带领网格员开展活动。")).containsExactly("汤小明");
    }

    @Test
    void afterATitleANameEndsWhereTheDictionaryFindsAWord() {
        assertThat(names("店主陆小妹告诉记者,生意不错。")).containsExactly("陆小妹");
        assertThat(names("58岁的枣农惠文斌一边摘枣一边说。")).containsExactly("惠文斌");
        assertThat(names("67岁的村民陈阿苗拿着刚办好的社保卡。")).containsExactly("陈阿苗");
        // a word of the dictionary after a title is no name, nor a form of address
        assertThat(names("推行书记项目化管理。")).isEmpty();
        assertThat(names("独居老人刘大爷家中电线老化。")).isEmpty();
    }

    @Test
    void namesWithoutACommonSurname() {
        assertThat(names("旗委书记那顺巴雅尔主持召开会议。")).containsExactly("那顺巴雅尔");
        assertThat(names("区委书记索朗旺堆出席会议并讲话。")).containsExactly("索朗旺堆");
        assertThat(names("区领导次仁多吉、格桑卓玛、李建华出席。")).containsExactly("次仁多吉", "格桑卓玛", "李建华");
        assertThat(names("旗领导奇海军、包文华陪同。")).containsExactly("奇海军", "包文华");
        assertThat(names("县长锁宁介绍,全县发展良好。")).containsExactly("锁宁");
        // words are no names even between list marks
        assertThat(names("还学会了修剪、施肥等技术。")).isEmpty();
        assertThat(names("县委书记亲自主持会议。")).isEmpty();
    }

    @Test
    void peopleNamedInAnAppointmentOrAnElection() {
        assertThat(names("市委决定:免去江荣同志的屯溪区委常委职务。")).containsExactly("江荣");
        assertThat(names("会议选举产生了领导机构,李领当选区文联主席。")).containsExactly("李领");
        assertThat(names("决定李庄村为试点村。")).isEmpty();
    }

    @Test
    void speakersAndPeopleNamedByWhatTheyAre() {
        assertThat(names("“现在路面干净整洁。”61岁的居民陈红乐说。")).containsExactly("陈红乐");
        assertThat(names("林树菊高兴地说,得到这么多帮助。")).containsExactly("林树菊");
        assertThat(names("农民代表、种粮大户刘红伟进行发言。")).containsExactly("刘红伟");
    }

    @Test
    void traditionalScript() {
        assertThat(names("縣委書記鄭俊華,縣委副書記、縣長徐望來到縣政協委員駐地。縣領導梁薇、石峰等參加慰問。"))
                .containsExactly("鄭俊華", "徐望", "梁薇", "石峰");
    }

    @Test
    void noFalseNamesFromVerbsPhrasesAndLists() {
        assertThat(names("活动邀请了多位专家和嘉宾参加。")).isEmpty();
        assertThat(names("王庆在会上发言。")).doesNotContain("王庆在");
        assertThat(names("区委、区人大、区政府、区政协领导出席。")).isEmpty();
        assertThat(names("实现垃圾全收集、全外运、全利用。")).isEmpty();
        assertThat(names("涂镇湖、牛山湖、前海湖先后破堤还湖。")).isEmpty();
        assertThat(names("坚持“边建设、边开发、边招商”。")).isEmpty();
        assertThat(names("黄石、十堰两市代表团参加。")).isEmpty();
        assertThat(names("一边摘着辣椒,一边向记者盘算着今天的收成。")).isEmpty();
    }

    @Test
    void moreTitlesAndNamesWhoseEndOnlyTheDictionaryShows() {
        assertThat(names("某日报社副总编郑承东从聚焦精神、聚焦特色两个方面展开交流。")).containsExactly("郑承东");
        assertThat(names("某油田公司总经理助理吕博舜,某公司董事长程翔东等参加会见。")).containsExactly("吕博舜", "程翔东");
        assertThat(names("58岁的脱贫户寇长顺笑着说。")).containsExactly("寇长顺");
        assertThat(names("某村志愿者巡护员周德林在滩涂上记录鸟类数量。")).containsExactly("周德林");
        // 一 and what it counts after the name: 一脸, 一家
        assertThat(names("城昌村村民许中安一脸喜悦。")).containsExactly("许中安");
        // a surname we do not list before a given name that is a word (陇|光明, 喇|玉兰)
        assertThat(names("某县农业农村局局长陇光明介绍,全县种植马铃薯160万亩。")).containsExactly("陇光明");
        assertThat(names("68岁的老人喇玉兰在村里的晾晒场帮忙。")).containsExactly("喇玉兰");
        // but not the name of a body the title runs into
        assertThat(names("王某率我市代表团参加对接活动。")).doesNotContain("团参加");
        assertThat(names("经区人大常委会决定任命,李某为副区长。")).doesNotContain("会决定");
        // a conjunction and another title
        assertThat(names("县长王明来到小吃店,与商户和游客亲切交流。")).containsExactly("王明");
    }

    @Test
    void namesOfTheMinoritiesAfterTheirTitlesAndInLists() {
        assertThat(names("某镇党委书记俄木拉格介绍,村里已发展青脆李。")).containsExactly("俄木拉格");
        assertThat(names("某县委副书记、县长阿西木呷在村里调研春耕生产。")).containsExactly("阿西木呷");
        assertThat(names("某自治旗旗委副书记、旗长额尔登巴雅尔介绍,近年来发展很快。")).containsExactly("额尔登巴雅尔");
        assertThat(names("某县某镇果农格桑在桃园里修剪枝条。")).containsExactly("格桑");
        assertThat(names("某村村民旺姆在自家民宿前为游客献上哈达。")).containsExactly("旺姆");
        assertThat(names("我旗领导伊达木、宝音满都呼、王力平、肖翠艳及旗政府办相关负责人陪同。"))
                .containsExactly("伊达木", "宝音满都呼", "王力平", "肖翠艳");
        assertThat(names("记者了解贫困户刘英豪、秦玉珍夫妇的情况。")).containsExactly("刘英豪", "秦玉珍");
        // where a photo shows the person
        assertThat(names("王洪全(右)帮助村民搬运年货。")).containsExactly("王洪全");
    }

    @Test
    void aLeadWordEndsWhereAWordEnds() {
        assertThat(titlesOf("经营油茶汤的商户罗素芬说,生意不错。", "罗素芬")).containsExactly("经营油茶汤的商户");
        assertThat(titlesOf("经县委研究,副县长李明分管农业。", "李明")).containsExactly("副县长");
    }

    @Test
    void theHeadOfStateIsAPersonExceptInTheSetPhrases() {
        assertThat(names("近日,国家主席习近平给某某等企业家回信。习近平指出,多年来你们传承了优良传统。")).contains("习近平");
        assertThat(names("深入学习贯彻习近平总书记重要讲话精神,以习近平新时代中国特色社会主义思想为指导。")).isEmpty();
        assertThat(names("坚持以习近平同志为核心的党中央坚强领导,认真学习《习近平谈治国理政》。")).isEmpty();
        // the character begins no other name
        assertThat(names("同学们认真学习,习惯养成教育取得成效。")).isEmpty();
    }

    @Test
    void namesBeforeAboutAndLeadsAndTitlesOfScholarsButNoNameInsideWords() {
        assertThat(names("张某听取社区书记姜健关于中心村建设的汇报。")).contains("姜健").doesNotContain("姜健关");
        assertThat(names("某某社区党委书记巢国媛带市政协考察团一行参观。")).containsExactly("巢国媛");
        assertThat(names("教授级高级工程师、硕士生导师曹忠伟,某大学研究生导师张全瑜等专家参加。")).containsExactly("曹忠伟", "张全瑜");
        assertThat(names("由某某日报报业集团编委翁朝健率领的采访团来到某地。")).containsExactly("翁朝健");
        // the surname begins a word and the name would end inside the next: no name
        assertThat(names("党支部组织社区党员管好自家人、看好自家门。")).isEmpty();
    }
}

