package org.baokan.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user-facing string exists in Chinese and in English. */
class MessageBundlesTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties zh = load("/i18n/messages_zh_CN.properties");
        Properties en = load("/i18n/messages_en.properties");
        Properties base = load("/i18n/messages.properties");
        assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        assertThat(base.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        zh.stringPropertyNames().forEach(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
        en.stringPropertyNames().forEach(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
