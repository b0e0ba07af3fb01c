package org.baokan.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.baokan.ui.common.Folders;
import org.baokan.ui.common.Messages;
import org.baokan.ui.common.Settings;

import java.io.File;
import java.util.Map;
import java.util.Optional;

/** The settings dialog: archive location, theme, base text size and language. */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    public static Optional<Settings> show(Window owner, Settings current, Messages m) {
        SettingsViewModel vm = new SettingsViewModel(current);
        return create(owner, vm, m).showAndWait().filter(b -> b == ButtonType.OK).map(b -> vm.result());
    }

    /**
     * The dialog, not yet shown. Every label and button is as wide as its text (a dialog is never
     * too narrow for its own words), and the line for a problem takes room only when it says one.
     */
    static Dialog<ButtonType> create(Window owner, SettingsViewModel vm, Messages m) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("settings.title"));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        TextField archive = new TextField();
        archive.setId("settingsArchive");
        archive.setPromptText(m.get("settings.archiveDefault"));
        archive.textProperty().bindBidirectional(vm.archive());
        archive.setPrefColumnCount(32);
        Button browse = new Button(m.get("settings.browse"));
        browse.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle(m.get("settings.archive"));
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("settings.archiveFiles"), "*.db"));
            c.setInitialDirectory(Folders.initial(Folders.parentOf(vm.archive().get())));
            File f = c.showSaveDialog(owner);
            if (f != null) {
                vm.archive().set(f.getAbsolutePath());
            }
        });
        browse.setMinWidth(Region.USE_PREF_SIZE);
        Button reset = new Button(m.get("settings.useDefault"));
        reset.setMinWidth(Region.USE_PREF_SIZE);
        reset.setOnAction(e -> vm.archive().set(""));
        HBox archiveRow = new HBox(6, archive, browse, reset);
        HBox.setHgrow(archive, Priority.ALWAYS);

        ChoiceBox<Boolean> theme = new ChoiceBox<>();
        theme.setId("settingsTheme");
        theme.getItems().addAll(false, true);
        theme.setConverter(converter(Map.of(false, m.get("settings.light"), true, m.get("settings.dark"))));
        theme.setValue(vm.dark().get());
        theme.valueProperty().addListener((o, old, v) -> vm.dark().set(Boolean.TRUE.equals(v)));

        Spinner<Integer> size = new Spinner<>(SettingsViewModel.MIN_TEXT_PX, SettingsViewModel.MAX_TEXT_PX,
                vm.textPx().get());
        size.setId("settingsTextSize");
        size.setEditable(true);
        size.valueProperty().addListener((o, old, v) -> vm.textPx().set(v));

        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("settingsLanguage");
        language.getItems().addAll("zh-CN", "en");
        language.setConverter(converter(Map.of("zh-CN", "中文", "en", "English")));
        language.valueProperty().bindBidirectional(vm.language());

        Label problem = new Label();
        problem.setId("settingsProblem");
        problem.getStyleClass().add("notice");
        problem.setWrapText(true);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.addRow(0, label(m.get("settings.archive")), archiveRow);
        grid.addRow(1, label(m.get("settings.theme")), theme);
        grid.addRow(2, label(m.get("settings.textSize")), size);
        grid.addRow(3, label(m.get("settings.language")), language);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.add(problem, 1, 4);
        Label note = new Label(m.get("settings.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(note, 1, 5);
        d.getDialogPane().setContent(grid);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String p = vm.problem();
            if (p != null) {
                problem.setText(m.get(p));
                e.consume();
            }
        });
        return d;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static <T> StringConverter<T> converter(Map<T, String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : names.getOrDefault(t, String.valueOf(t));
            }

            @Override
            public T fromString(String s) {
                return names.entrySet().stream().filter(e -> e.getValue().equals(s)).map(Map.Entry::getKey).findFirst()
                        .orElse(null);
            }
        };
    }
}
