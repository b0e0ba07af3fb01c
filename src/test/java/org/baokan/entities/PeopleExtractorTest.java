package org.baokan.entities;

import org.baokan.model.PersonRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The patterns by which local papers name officials, one test each. */
class PeopleExtractorTest {
    private static final Set<String> JINING = Set.of("济宁", "济宁市", "高新区", "济宁高新区", "太白湖新区");

    @Test
    void aTitleBeforeTheName() {
        assertThat(PeopleExtractor.titled("5月28日,区党工委书记展鑫出席会议并讲话。"))
                .extracting(PeopleExtractor.Found::name, PeopleExtractor.Found::titles)
                .containsExactly(tuple("展鑫", List.of("区党工委书记")));
    }

    @Test
    void chainedTitlesAreKeptExactlyAsPrinted() {
        assertThat(PeopleExtractor.titled("区党工委副书记、管委会主任、区建设指挥部办公室主任曹广州主持会议;区党工委副书记周相华参加。"))
                .extracting(PeopleExtractor.Found::name, PeopleExtractor.Found::titles)
                .containsExactly(tuple("曹广州", List.of("区党工委副书记、管委会主任、区建设指挥部办公室主任")),
                        tuple("周相华", List.of("区党工委副书记")));
    }

    @Test
    void aListAfterACollectiveTitle() {
        assertThat(PeopleExtractor.titled("区建设指挥部办公室副主任郭利锋,区领导马磊、王利生、张德强、孟昭峰、陈运动出席会议。"))
                .extracting(PeopleExtractor.Found::name, PeopleExtractor.Found::titles)
                .containsExactly(tuple("郭利锋", List.of("区建设指挥部办公室副主任")), tuple("马磊", List.of("区领导")),
                        tuple("王利生", List.of("区领导")), tuple("张德强", List.of("区领导")),
                        tuple("孟昭峰", List.of("区领导")), tuple("陈运动", List.of("区领导")));
        assertThat(PeopleExtractor.titled("高新区领导鹿洪超、李征、于领东、王建华、吴勇、赵鲁、孟凡璋参加会议。"))
                .extracting(PeopleExtractor.Found::name)
                .containsExactly("鹿洪超", "李征", "于领东", "王建华", "吴勇", "赵鲁", "孟凡璋");
    }

    @Test
    void placesInAListAreNotPeople() {
        assertThat(PeopleExtractor.titled("区领导饶爱平、王利生、张德强、孟昭峰、石桥镇、许庄街道及区属有关部门负责同志参加会议。"))
                .extracting(PeopleExtractor.Found::name)
                .containsExactly("饶爱平", "王利生", "张德强", "孟昭峰");
        assertThat(PeopleExtractor.titled("市领导王强、任城区、兖州区、李明陪同。"))
                .extracting(PeopleExtractor.Found::name)
                .containsExactly("王强", "李明");
    }

    @Test
    void aCompoundSurnameAndAThreeCharacterNameThatEndsLikeACity() {
        // 曹广州 is one name, not 曹 + 广州 (a city)
        assertThat(PeopleExtractor.titled("区党工委副书记、管委会主任曹广州主持会议。"))
                .extracting(PeopleExtractor.Found::name).containsExactly("曹广州");
        assertThat(PeopleExtractor.titled("副县长欧阳明华主持会议。"))
                .extracting(PeopleExtractor.Found::name).containsExactly("欧阳明华");
    }

    @Test
    void laterMentionsByNameAlone() {
        String text = "展鑫指出,要盯住短板。展鑫强调,要强化执行。曹广州要求,要迅速行动。";
        assertThat(PeopleExtractor.byName(text, List.of("展鑫", "曹广州")))
                .extracting(PeopleExtractor.Found::name, PeopleExtractor.Found::titles)
                .containsExactly(tuple("展鑫", List.of()), tuple("展鑫", List.of()), tuple("曹广州", List.of()));
        // a two-character name inside another word is not a mention
        assertThat(PeopleExtractor.byName("加强展鑫品牌建设", List.of("展鑫"))).isEmpty();
    }

    @Test
    void wordsAfterATitleAreNotNames() {
        assertThat(PeopleExtractor.titled("助推“双基”工作提质增效,各包保项目区领导就各自分管的项目进行了汇报。")).isEmpty();
        assertThat(PeopleExtractor.titled("区党工委、管委会领导班子成员,调研员、副调研员参加会议。")).isEmpty();
        assertThat(PeopleExtractor.titled("洸河街道各村(居)的书记、主任参加。")).isEmpty();
        assertThat(PeopleExtractor.titled("高新区交警大队宣传民警携手志愿者走进景区。")).isEmpty();
    }

    @Test
    void titlesOfOtherPapersAndPlaces() {
        assertThat(PeopleExtractor.titled("县委书记张宏伟在会上强调,副县长李娜主持。镇党委书记王小明陪同调研。"))
                .extracting(PeopleExtractor.Found::name, PeopleExtractor.Found::titles)
                .containsExactly(tuple("张宏伟", List.of("县委书记")), tuple("李娜", List.of("副县长")),
                        tuple("王小明", List.of("镇党委书记")));
    }

    @Test
    void rolesFollowWhereTheTitleBelongs() {
        assertThat(PeopleExtractor.role(List.of("区党工委副书记"), JINING)).isEqualTo(PersonRole.LEADER);
        assertThat(PeopleExtractor.role(List.of("济宁市委副书记、代市长"), JINING)).isEqualTo(PersonRole.LEADER);
        assertThat(PeopleExtractor.role(List.of("副市长"), JINING)).isEqualTo(PersonRole.LEADER);
        assertThat(PeopleExtractor.role(List.of("临沂市委副书记"), JINING)).isEqualTo(PersonRole.VISITOR);
        assertThat(PeopleExtractor.role(List.of("山东省发展改革委副主任"), JINING)).isEqualTo(PersonRole.VISITOR);
        assertThat(PeopleExtractor.role(List.of("浙江蓝城有道建设管理有限公司执行总经理"), JINING))
                .isEqualTo(PersonRole.OTHER);
        assertThat(PeopleExtractor.role(List.of(), JINING)).isEqualTo(PersonRole.OTHER);
    }
}
