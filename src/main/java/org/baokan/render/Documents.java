package org.baokan.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The skeleton of every document the program renders: one self-contained HTML page with its CSS
 * inline, a content security policy that allows nothing from outside (no network, no script but
 * the program's own), and the program's click handler.
 */
final class Documents {
    /** Nothing may be loaded from anywhere; only the inline style and the program's inline script run. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src data:; font-src data:";
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private Documents() {
    }

    /** A resource of the asset folder ({@code /css/article.css}) as text, read once. */
    static String resource(String name) {
        return TEXTS.computeIfAbsent(name, n -> new String(read(n), StandardCharsets.UTF_8));
    }

    /** A resource of the asset folder ({@code /fonts/...}) as bytes, read once; the caller must not change them. */
    static byte[] bytes(String name) {
        return BYTES.computeIfAbsent(name, Documents::read);
    }

    private static byte[] read(String name) {
        try (InputStream in = Documents.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param title  the document's title (escaped here)
     * @param style  theme and text size
     * @param css    stylesheets of the asset folder, in order
     * @param body   the body's HTML
     * @param fontPx the body's font size in pixels
     */
    static String page(String title, RenderStyle style, List<String> css, String body, int fontPx) {
        StringBuilder b = new StringBuilder(body.length() + 16_384);
        // the theme on the root, not the body: the canvas below a short document takes the root's paper,
        // and the body inherits the theme's colours from it
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\" class=\"").append(style.dark() ? "dark" : "light")
                .append("\"><head><meta charset=\"UTF-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
                .append("<title>").append(Html.escape(title)).append("</title><style>");
        for (String c : css) {
            b.append(resource(c)).append('\n');
        }
        b.append("</style></head><body style=\"font-size:").append(fontPx).append("px\">").append(body)
                .append("<script>").append(resource("/html/bridge.js")).append("</script></body></html>");
        return b.toString();
    }
}
