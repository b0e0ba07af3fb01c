package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Phenomenon 11: fragments out of reading order, reassembled where the evidence is clear. */
class ReorderTest {

    /**
     * The layout of 002: the lead of a story ({@code 下午,…}) stands at the end of the story
     * before, the headline interrupts it, and the dateline with only a date follows later.
     * Column pieces are about 17.5 em; a paragraph's first piece is indented by two.
     */
    @Test
    void aDanglingDatelineGetsBackItsLead() {
        ParsedPage page = Pages.parse(
                "2020年5月12日",
                "",
                "# 以攻城拔寨的气势推进项目建设",
                "",
                "本报济宁讯(记者曹俐)5月8日,某区召开会 议,对重点项目建设进行部署。",
                "",
                "有关部门单位、各街道主要负责人参加会 议。",
                "",
                "下午,某区党工委书记王明来到区第二中学, 调研初中毕业年级开学复课情况。王明强调, 要严格落实落细",
                "",
                "王明在调研某区初中毕业年级",
                "",
                "开学复课工作时强调",
                "",
                "确保各项开学工作平稳有序",
                "",
                "各项防控措施,同时加强防控知识教育,细之 又细、实之又实做好开学复课的各项工作。 有关部门负责同志陪同。",
                "",
                "本报济宁讯(记者 扈宏毅)5月8日",
                "",
                "王明一行在测量体温后进入校园,随后 实地查看了学校隔离观察室、教室、餐厅,调 研校园出入管理等准备工作情况。");
        assertThat(page.articles()).hasSize(2);
        Article first = page.articles().get(0);
        assertThat(first.paragraphs()).last().asString().endsWith("参加会议。");
        Article visit = page.articles().get(1);
        assertThat(visit.kicker()).isEqualTo("王明在调研某区初中毕业年级开学复课工作时强调");
        assertThat(visit.title()).isEqualTo("确保各项开学工作平稳有序");
        assertThat(visit.dateline()).isEqualTo("本报济宁讯");
        assertThat(visit.reporters()).containsExactly("扈宏毅");
        assertThat(visit.paragraphs()).hasSize(2);
        assertThat(visit.paragraphs().get(0)).isEqualTo("5月8日下午,某区党工委书记王明来到区第二中学,调研初中毕业年级开学复课情况。"
                + "王明强调,要严格落实落细各项防控措施,同时加强防控知识教育,细之又细、实之又实做好开学复课的各项工作。有关部门负责同志陪同。");
        assertThat(visit.eventDate()).isEqualTo(LocalDate.of(2020, 5, 8));
        assertThat(visit.warnings()).extracting(Object::toString).anyMatch(w -> w.startsWith("fragments reordered"));
    }

    @Test
    void withoutClearEvidenceTheOrderIsKeptAndReported() {
        ParsedPage page = Pages.parse(
                "# 某区召开会议",
                "",
                "这是一段放在电讯头前面的文字,它以句号结束,没有可以拼接的片段。",
                "",
                "本报讯(记者 李华)3日,某区召开会议,部署工作。");
        Article a = page.articles().get(0);
        assertThat(a.dateline()).isEqualTo("本报讯");
        assertThat(a.paragraphs()).containsExactly("这是一段放在电讯头前面的文字,它以句号结束,没有可以拼接的片段。",
                "3日,某区召开会议,部署工作。");
        assertThat(a.warnings()).extracting(Object::toString)
                .anyMatch(w -> w.startsWith("possible fragment out of reading order"));
    }
}
