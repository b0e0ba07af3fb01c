package org.baokan.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.ResourceBundle;

/** The desktop reader's application class. */
public final class BaokanApp extends Application {
    @Override
    public void start(Stage stage) {
        ResourceBundle messages = ResourceBundle.getBundle("i18n.messages");
        stage.setTitle(messages.getString("app.title"));
        stage.setScene(new Scene(new StackPane(new Label(messages.getString("app.placeholder"))), 1200, 800));
        stage.show();
    }
}
