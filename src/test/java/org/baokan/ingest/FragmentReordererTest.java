package org.baokan.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembler's third stage: fragments out of reading order (see also {@link ReorderTest} on whole pages). */
class FragmentReordererTest {

    @Test
    void aDatelineBodyAfterAHeadlineWithoutOneIsItsOwnDateline() {
        List<DraftArticle> drafts = Stages.drafts(
                "# 某区召开会议",
                "",
                "会议要求,各部门要抓好落实,",
                "",
                "本报讯(记者 李华)3日,某区召开会议,部署工作。");
        assertThat(drafts).hasSize(2);
        FragmentReorderer.mergeDetachedDatelines(drafts);
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).hasDateline()).isTrue();
    }

    @Test
    void aDatelineWithOnlyADateAfterItIsDangling() {
        List<DraftArticle> drafts = Stages.drafts("本报济宁讯(记者 扈宏毅)5月8日");
        assertThat(FragmentReorderer.isDangling(drafts.get(0).paragraphs.get(0))).isTrue();
        List<DraftArticle> whole = Stages.drafts("本报济宁讯(记者 扈宏毅)5月8日,某区召开会议。");
        assertThat(FragmentReorderer.isDangling(whole.get(0).paragraphs.get(0))).isFalse();
    }

    @Test
    void textBeforeTheDatelineStaysWhereItIsWithAWarning() {
        List<DraftArticle> drafts = Stages.drafts(
                "# 某区召开会议",
                "",
                "这是一段放在电讯头前面的文字,它以句号结束,没有可以拼接的片段。",
                "",
                "本报讯(记者 李华)3日,某区召开会议,部署工作。");
        FragmentReorderer.reorder(drafts);
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).datelineIndex()).isEqualTo(1);
        assertThat(drafts.get(0).warnings).extracting(Object::toString)
                .anyMatch(w -> w.startsWith("possible fragment out of reading order"));
    }
}
