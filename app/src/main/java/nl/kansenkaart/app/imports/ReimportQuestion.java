package nl.kansenkaart.app.imports;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.project.ImportLog;

/**
 * The question when the same file (by content) was imported before: replace that import, import it
 * again (its figures then count twice), or cancel. The answer maps onto core's {@link ImportOptions}.
 */
final class ReimportQuestion {

    private ReimportQuestion() {}

    /** Shows the question; {@code answer} gets the options, or empty when the analyst cancels. */
    static void ask(Window owner, I18n i18n, ImportLog.Entry earlier, Consumer<Optional<ImportOptions>> answer) {
        ButtonType replace = new ButtonType(i18n.get("import.again.replace"), ButtonBar.ButtonData.YES);
        ButtonType again = new ButtonType(i18n.get("import.again.again"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.get("import.again.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", replace, again, cancel);
        a.initOwner(owner);
        a.setTitle(i18n.get("import.again.title"));
        a.setHeaderText(i18n.format("import.again.header", earlier.fileName()));
        a.setContentText(i18n.format("import.again.text", earlier.id(), earlier.importedAt(), earlier.accepted()));
        a.getDialogPane().setId("reimport-question");
        a.setOnHidden(e -> {
            ButtonType b = a.getResult();
            if (b == replace) answer.accept(Optional.of(new ImportOptions(true, false, null)));
            else if (b == again) answer.accept(Optional.of(new ImportOptions(false, true, null)));
            else answer.accept(Optional.empty());
        });
        a.show();
    }
}
