package nl.kansenkaart.app.exports;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.model.Company;

/**
 * The companies that agreed to show their own figures: every establishment of the project with a
 * tick box, searchable by name, town, SBI code or reference, and filterable to those that agreed;
 * the count says how many did.
 */
final class ConsentList extends VBox {

    /** One establishment in the list, with whether it agreed. */
    static final class Choice {
        final String ref;
        final String text;
        final String search;
        final BooleanProperty agreed = new SimpleBooleanProperty();

        Choice(Company c) {
            this.ref = c.ref();
            String town = c.address() == null || c.address().town() == null ? "" : c.address().town();
            this.text = c.name() + (town.isEmpty() ? "" : " \u00b7 " + town) + " \u00b7 SBI " + (c.sbi() == null ? "?" : c.sbi()) + " \u00b7 " + c.ref();
            this.search = text.toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final I18n i18n;
    private final ObservableList<Choice> all = FXCollections.observableArrayList(c -> new javafx.beans.Observable[] {c.agreed});
    private final FilteredList<Choice> shown = new FilteredList<>(all);
    private final Map<String, Choice> byRef = new LinkedHashMap<>();
    private final TextField search = new TextField();
    private final CheckBox onlyAgreed = new CheckBox();
    private final Label count = new Label();

    ConsentList(I18n i18n) {
        this.i18n = i18n;
        setSpacing(6);
        search.setId("consent-search");
        search.promptTextProperty().bind(i18n.text("export.consent.search"));
        HBox.setHgrow(search, Priority.ALWAYS);
        onlyAgreed.setId("consent-only-agreed");
        onlyAgreed.textProperty().bind(i18n.text("export.consent.onlyChecked"));
        HBox row = new HBox(8, search, onlyAgreed);
        row.setAlignment(Pos.CENTER_LEFT);
        ListView<Choice> list = new ListView<>(shown);
        list.setId("consent-list");
        list.setCellFactory(CheckBoxListCell.forListView(c -> c.agreed));
        list.setPrefHeight(180);
        VBox.setVgrow(list, Priority.ALWAYS);
        count.setId("consent-count");
        count.getStyleClass().add("hint");
        getChildren().addAll(row, list, count);
        search.textProperty().addListener((obs, old, now) -> filter());
        onlyAgreed.selectedProperty().addListener((obs, old, now) -> filter());
        all.addListener((javafx.collections.ListChangeListener<Choice>) ch -> showCount());
        i18n.localeProperty().addListener((obs, old, now) -> showCount());
    }

    void setCompanies(Collection<Company> companies, Set<String> agreed) {
        byRef.clear();
        List<Choice> choices = companies.stream().map(Choice::new).sorted((a, b) -> a.text.compareToIgnoreCase(b.text)).toList();
        for (Choice c : choices) {
            c.agreed.set(agreed.contains(c.ref));
            byRef.put(c.ref, c);
        }
        all.setAll(choices);
        showCount();
    }

    /** The refs that agreed, as stored in the project (also consents of companies no longer in it are kept by the caller). */
    Set<String> agreed() {
        Set<String> out = new TreeSet<>();
        for (Choice c : all) if (c.agreed.get()) out.add(c.ref);
        return out;
    }

    /** Ticks or unticks a company (for keyboard-free use and tests). */
    void setAgreed(String ref, boolean agreed) {
        Choice c = byRef.get(ref);
        if (c != null) c.agreed.set(agreed);
    }

    boolean knows(String ref) {
        return byRef.containsKey(ref);
    }

    private void filter() {
        String q = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        boolean only = onlyAgreed.isSelected();
        shown.setPredicate(c -> (!only || c.agreed.get()) && (q.isEmpty() || c.search.contains(q)));
    }

    private void showCount() {
        long n = all.stream().filter(c -> c.agreed.get()).count();
        count.setText(i18n.format("export.consent.count", n, all.size()));
    }
}
