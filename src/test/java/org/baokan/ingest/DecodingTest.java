package org.baokan.ingest;

import org.baokan.format.PageJson;
import org.baokan.model.ParsedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Phenomenon 1: every encoding and newline style parses exactly like the UTF-8 original. */
class DecodingTest {

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyEncodingAndNewlineStyleParsesLikeUtf8(String seed) throws Exception {
        String text = Pages.seedText(seed);
        ParsedPage original = Pages.parseBytes(text.getBytes(StandardCharsets.UTF_8));
        assertThat(original.source().encoding()).isEqualTo("UTF-8");

        assertSame(original, withBom(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, StandardCharsets.UTF_8),
                "UTF-8 (BOM)");
        assertSame(original, withBom(new byte[]{(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE),
                "UTF-16LE (BOM)");
        assertSame(original, withBom(new byte[]{(byte) 0xFE, (byte) 0xFF}, text, StandardCharsets.UTF_16BE),
                "UTF-16BE (BOM)");
        assertSame(original, text.getBytes(Charset.forName("GB18030")), "GB18030");
        // GBK lacks a few characters GB18030 has (・); compare on the text GBK can hold
        String gbkText = gbkSafe(text);
        assertSame(Pages.parseBytes(gbkText.getBytes(StandardCharsets.UTF_8)), gbkText.getBytes(Charset.forName("GBK")),
                "GB18030");
        assertSame(original, text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "UTF-8");
        assertSame(original, text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8), "UTF-8");
        assertSame(original, withBom(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.replace("\n", "\r\n"),
                StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsZeroBytes() throws Exception {
        String text = "本报讯(记者 张三)近日,某区召开会议。\n会议要求,做好工作。\n";
        ParsedPage page = Pages.parseBytes(text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(page.source().encoding()).isEqualTo("UTF-16LE");
        assertThat(page.articles().get(0).paragraphs()).containsExactly("近日,某区召开会议。", "会议要求,做好工作。");
    }

    @Test
    void emptyBlankAndBinaryInputsAreRefusedWithAPlainReason() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).isInstanceOf(BadInputException.class)
                .hasMessage("the file is empty");
        assertThatThrownBy(() -> TextDecoder.decode("\n \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("empty");
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37 + 11);
        }
        assertThatThrownBy(() -> TextDecoder.decode(binary)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not text");
    }

    @Test
    void aBrokenByteOrderMarkIsRefusedNotGuessed() {
        byte[] bad = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0x28};
        assertThatThrownBy(() -> TextDecoder.decode(bad)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("UTF-8");
    }

    private static void assertSame(ParsedPage original, byte[] bytes, String encoding) throws Exception {
        ParsedPage other = Pages.parseBytes(bytes);
        assertThat(other.source().encoding()).isEqualTo(encoding);
        ParsedPage aligned = new ParsedPage(original.source(), other.paper(), other.paperSource(), other.date(),
                other.dateSource(), other.weekday(), other.lunarDate(), other.issueNumber(), other.totalNumber(),
                other.page(), other.frontPage(), other.articles(), other.guide(), other.boilerplate(), other.unplaced(),
                other.warnings());
        assertThat(PageJson.write(aligned)).isEqualTo(PageJson.write(original));
    }

    private static String gbkSafe(String text) {
        java.nio.charset.CharsetEncoder gbk = Charset.forName("GBK").newEncoder();
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(c -> b.appendCodePoint(gbk.canEncode(new String(Character.toChars(c))) ? c : '·'));
        return b.toString();
    }

    private static byte[] withBom(byte[] bom, String text, Charset cs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(cs));
        return out.toByteArray();
    }
}
