package org.baokan.ingest;

import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Phenomenon 4: spaces left between Chinese characters by column joins go; spaces in Latin text stay. */
class StraySpacesTest {

    @Test
    void columnJoinSpacesBetweenChineseCharactersAreRemoved() {
        assertThat(CjkSpaces.clean("济 宁高新区召开2020年创建全国文明城市工作 推进会,总结表彰全区工作"))
                .isEqualTo("济宁高新区召开2020年创建全国文明城市工作推进会,总结表彰全区工作");
        assertThat(CjkSpaces.clean("确保安 全 生 产 形 势 持 续 稳 定 发展。")).isEqualTo("确保安全生产形势持续稳定发展。");
        assertThat(CjkSpaces.clean("网格共 12个创城网格")).isEqualTo("网格共12个创城网格");
        assertThat(CjkSpaces.clean("目标必成, 务必在\"两考核\"中")).isEqualTo("目标必成,务必在\"两考核\"中");
    }

    @Test
    void spacesInLatinTextAndBetweenLatinAndChineseStay() {
        assertThat(CjkSpaces.clean("E-mail: jngx2020@163.com")).isEqualTo("E-mail: jngx2020@163.com");
        assertThat(CjkSpaces.clean("登录 APP 查看")).isEqualTo("登录 APP 查看");
        assertThat(CjkSpaces.clean("Open Source 软件")).isEqualTo("Open Source 软件");
    }

    @Test
    void aSpacePrintedOnPurposeBetweenLongRunsOfTextStays() {
        String s = "会上,领学了《习近平关于力戒形式主义官僚主义重要论述选编》、《市委办公室 市政府办公室关于厉行勤俭节约"
                + "制止餐饮浪费的通知》等内容,并结合相关工作实际,深入交流学习,进一步统一了思想认识。";
        assertThat(CjkSpaces.clean(s)).isEqualTo(s);
    }

    @Test
    void headlinesKeepTheSpaceBetweenTheHalvesOfACouplet() {
        ParsedPage page = Pages.parse("# 聚焦民生重点 提升服务质量", "",
                "本报讯(记者 陈 曦)近日,高新区召开民 生专项工作会议,部署民生 工作。");
        assertThat(page.articles().get(0).title()).isEqualTo("聚焦民生重点 提升服务质量");
        assertThat(page.articles().get(0).paragraphs()).containsExactly("近日,高新区召开民生专项工作会议,部署民生工作。");
        assertThat(page.articles().get(0).reporters()).containsExactly("陈曦");
    }
}
