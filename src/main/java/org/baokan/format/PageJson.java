package org.baokan.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.baokan.model.ParsedPage;

import java.io.IOException;
import java.util.List;

/**
 * Reads and writes the interchange format: pretty-printed UTF-8 JSON, dates as ISO strings,
 * fields in the order of the model's records. A page written and read back is equal to the original.
 */
public final class PageJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private PageJson() {
    }

    /** The shared mapper, configured for the model (java.time, lenient about fields added later). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(ParsedPage page) {
        return writeValue(page);
    }

    public static String write(List<ParsedPage> pages) {
        return writeValue(pages);
    }

    /** Any value of the model, pretty-printed the same way. */
    public static String writeValue(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model always serialises", e);
        }
    }

    public static ParsedPage read(String json) throws IOException {
        return MAPPER.readValue(json, ParsedPage.class);
    }

    public static List<ParsedPage> readList(String json) throws IOException {
        return MAPPER.readValue(json, MAPPER.getTypeFactory().constructCollectionType(List.class, ParsedPage.class));
    }
}
