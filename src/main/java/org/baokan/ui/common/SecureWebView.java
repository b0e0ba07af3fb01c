package org.baokan.ui.common;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

import java.util.function.BiConsumer;

/**
 * A WebView that shows the program's own documents and nothing else: content is handed to it
 * as one self-contained HTML string, the only script is the document's own click handler, which
 * calls back into the program ({@link #onAction}), and any navigation away from that content,
 * any pop-up window and the context menu (with its "reload" and "open link") are refused.
 */
public final class SecureWebView extends StackPane {
    private final WebView web = new WebView();
    /** Referenced here so that WebKit's weak reference to it stays alive. */
    private final Bridge bridge = new Bridge();
    private final ReadOnlyLongWrapper loads = new ReadOnlyLongWrapper(this, "loads");
    private final ReadOnlyLongWrapper paints = new ReadOnlyLongWrapper(this, "paints");
    private long shown;
    private String painted;
    private BiConsumer<String, String> handler = (kind, value) -> { };
    private String content = "";

    /** What the document's script calls: {@code app.act(kind, value)}. Public for WebKit's reflection. */
    public final class Bridge {
        public void act(String kind, String value) {
            if (kind != null && value != null) {
                handler.accept(kind, value);
            }
        }
    }

    public SecureWebView() {
        this(ready());
    }

    private SecureWebView(boolean fontReady) {
        web.setContextMenuEnabled(false);
        WebEngine e = web.getEngine();
        e.setJavaScriptEnabled(true);
        e.setCreatePopupHandler(features -> null);
        e.setConfirmHandler(question -> false);
        e.setPromptHandler(prompt -> null);
        e.locationProperty().addListener((o, old, location) -> {
            if (!allowed(location)) {
                // a crafted document must not reach the network: stop, and show our content again
                Platform.runLater(() -> {
                    e.getLoadWorker().cancel();
                    e.loadContent(content, "text/html");
                });
            }
        });
        e.getLoadWorker().stateProperty().addListener((o, was, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                web.setVisible(true);
                String document = content; // a later show() would have cancelled this load
                JSObject window = (JSObject) e.executeScript("window");
                window.setMember("app", bridge);
                loads.set(loads.get() + 1);
                afterPaint(document);
            }
        });
        // an empty WebView paints white: until its first document, the paper behind it shows
        web.setVisible(false);
        getChildren().add(web);
    }

    /** The bundled font must be loaded before the first WebView is created. */
    private static boolean ready() {
        Fonts.ready();
        return true;
    }

    /** Only the content handed over by the program: loadContent's empty or about:blank location. */
    static boolean allowed(String location) {
        return location == null || location.isEmpty() || location.equals("about:blank");
    }

    /** Shows a document (on the FX thread). */
    public void show(String html) {
        shown++;
        content = html;
        web.getEngine().loadContent(html, "text/html");
    }

    /** Receives {@code (kind, value)} when the reader clicks a story, a person, a place or a guide entry. */
    public void onAction(BiConsumer<String, String> h) {
        this.handler = h;
    }

    /** Runs a script of the program's own on the document (tests read the DOM this way). */
    public Object script(String js) {
        return web.getEngine().executeScript(js);
    }

    /** The document painted last (as handed to {@link #show}), or null. */
    public String painted() {
        return painted;
    }

    /** Counts the documents handed to {@link #show} so far. */
    public long shown() {
        return shown;
    }

    /** The colour shown while no document is loaded yet: the documents' paper, so that nothing flashes. */
    public void setPaper(javafx.scene.paint.Color paper) {
        setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(paper, null, null)));
    }

    /** Counts the documents loaded so far. */
    public ReadOnlyLongProperty loads() {
        return loads.getReadOnlyProperty();
    }

    /** Counts the documents painted so far: raised a frame after each load. */
    public ReadOnlyLongProperty paints() {
        return paints.getReadOnlyProperty();
    }

    /** The text zoom (1 is the document's own size). */
    public void setZoom(double factor) {
        web.setFontScale(factor);
        // the document's headlines break again for the new size (bridge.js)
        web.getEngine().executeScript("window.baokanBalance && window.baokanBalance()");
    }

    public WebView webView() {
        return web;
    }

    private void afterPaint(String document) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    painted = document;
                    paints.set(paints.get() + 1);
                }
            }
        }.start();
    }
}
