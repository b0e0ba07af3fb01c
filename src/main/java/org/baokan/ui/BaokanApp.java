package org.baokan.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop reader's application class. */
public final class BaokanApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Baokan Reader");
        stage.setScene(new Scene(new StackPane(new Label("Baokan Reader")), 1200, 800));
        stage.show();
    }
}
