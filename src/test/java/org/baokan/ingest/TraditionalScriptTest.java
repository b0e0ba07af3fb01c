package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages in traditional script are read in simplified script and printed as they are. */
class TraditionalScriptTest {

    @Test
    void everyTraditionalOnlyCharacterChangesWhenFolded() {
        for (int i = 0; i < Scripts.TRADITIONAL_ONLY.length(); i++) {
            char c = Scripts.TRADITIONAL_ONLY.charAt(i);
            assertThat(Scripts.folded(c)).as("%s", c).isNotEqualTo(c);
        }
    }

    @Test
    void foldingKeepsEveryPosition() {
        String printed = "縣委書記鄭俊華,縣委副書記、縣長徐望來到縣政協委員駐地";
        String folded = Scripts.fold(printed);
        assertThat(folded).hasSameSizeAs(printed).isEqualTo("县委书记郑俊华,县委副书记、县长徐望来到县政协委员驻地");
        assertThat(Scripts.looksTraditional(printed)).isTrue();
        assertThat(Scripts.looksTraditional("县委书记郑俊华到集裝箱餐饮小镇调研")).isFalse();
    }

    @Test
    void mirrorsPinyinGlossesAreDropped() {
        assertThat(Scripts.removePinyinGlosses("縣長(zhǎng)徐望,開發(fā)區(qū)管委會(huì)")).isEqualTo("縣長徐望,開發區管委會");
        assertThat(Scripts.removePinyinGlosses("会议(扩大)召开,(记者 张三)")).isEqualTo("会议(扩大)召开,(记者 张三)");
    }

    @Test
    void aTraditionalPageKeepsItsPrintedText() {
        ParsedPage page = Pages.parse("全媒體記者:王勃 陶然", "", "11月8日下午,縣委書記鄭俊華看望慰問出席縣政協十一屆一次會(huì)議的縣政協委員。",
                "編輯:付波 熊哲");
        Article a = page.articles().get(0);
        assertThat(a.reporters()).containsExactly("王勃", "陶然");
        assertThat(a.paragraphs()).containsExactly("11月8日下午,縣委書記鄭俊華看望慰問出席縣政協十一屆一次會議的縣政協委員。");
        assertThat(page.boilerplate()).contains("編輯:付波 熊哲");
    }
}
