package nl.kansenkaart.app.workflow;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.util.converter.DefaultStringConverter;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.clusters.ClusterCriteria;
import nl.kansenkaart.clusters.SelectionOverride;
import nl.kansenkaart.clusters.StoredCluster;

/**
 * The step-1 ranking: one row per sector cluster with its criteria, data quality, Balassa index,
 * score, the low-hanging-fruit flag and the selection. The selection box and the note are the
 * analyst's: ticking a box stores an override (shown with a pencil and in italics), the context
 * menu clears it again.
 */
final class RankingTable extends TableView<StoredCluster> {

    private static final PseudoClass OVERRIDDEN = PseudoClass.getPseudoClass("overridden");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("chosen-cluster");

    private final I18n i18n;
    private final WorkflowModel model;
    private Consumer<String> onRowClicked = id -> { };

    RankingTable(I18n i18n, WorkflowModel model) {
        this.i18n = i18n;
        this.model = model;
        setId("ranking-table");
        getStyleClass().add("step-table");
        setEditable(true);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("ranking.empty"));
        empty.setWrapText(true);
        setPlaceholder(empty);

        getColumns().add(text("ranking.col.rank", 36, s -> s.rank() == null ? Figures.NONE : s.rank().toString(), true));
        TableColumn<StoredCluster, String> name = text("ranking.col.cluster", 176, s -> model.results().clusterName(s.sectorClusterId(), i18n), false);
        getColumns().add(name);
        getColumns().add(text("ranking.col.establishments", 70, s -> Figures.amount(s.criteria().establishments(), locale()), true));
        getColumns().add(text("ranking.col.jobs", 64, s -> Figures.amount(s.criteria().jobs(), locale()), true));
        getColumns().add(text("ranking.col.value", 64, s -> s.criteria().valueKnown() == 0 ? Figures.NONE
                : Figures.millions(s.criteria().economicValueEur(), locale()), true));
        getColumns().add(text("ranking.col.raw", 96, s -> Figures.amount(s.criteria().rawMaterialsT(), locale()), true));
        getColumns().add(text("ranking.col.residues", 84, s -> Figures.amount(s.criteria().residuesT(), locale()), true));
        getColumns().add(text("ranking.col.measured", 74, s -> Figures.share(s.criteria().measuredShare(), locale()), true));
        getColumns().add(text("ranking.col.located", 74, s -> Figures.share(s.criteria().preciseShare(), locale()), true));
        getColumns().add(text("ranking.col.balassa", 60, s -> Figures.decimals(s.criteria().balassa(), 2, locale()), true));
        getColumns().add(text("ranking.col.score", 54, s -> Figures.decimals(s.score(), 3, locale()), true));
        getColumns().add(text("ranking.col.lhf", 72, s -> s.lowHangingFruit() ? "\u2713" : "", true));
        getColumns().add(selectionColumn());
        getColumns().add(noteColumn());
        getColumns().add(text("ranking.col.reason", 220, this::reason, false));

        setRowFactory(t -> {
            TableRow<StoredCluster> row = new TableRow<>() {
                @Override
                protected void updateItem(StoredCluster s, boolean empty) {
                    super.updateItem(s, empty);
                    boolean overridden = !empty && s != null && override(s) != null;
                    pseudoClassStateChanged(OVERRIDDEN, overridden);
                    pseudoClassStateChanged(SELECTED, !empty && s != null && s.selected());
                    setTooltip(empty || s == null ? null : new Tooltip(details(s)));
                }
            };
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getButton() == MouseButton.PRIMARY) onRowClicked.accept(row.getItem().sectorClusterId());
            });
            MenuItem select = new MenuItem(), deselect = new MenuItem(), clear = new MenuItem();
            select.textProperty().bind(i18n.text("ranking.menu.select"));
            deselect.textProperty().bind(i18n.text("ranking.menu.deselect"));
            clear.textProperty().bind(i18n.text("ranking.menu.clear"));
            select.setOnAction(e -> overrideOf(row.getItem(), true));
            deselect.setOnAction(e -> overrideOf(row.getItem(), false));
            clear.setOnAction(e -> model.setOverride(row.getItem().sectorClusterId(), null, null));
            ContextMenu menu = new ContextMenu(select, deselect, clear);
            menu.setOnShowing(e -> clear.setDisable(row.getItem() == null || override(row.getItem()) == null));
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null).otherwise(menu));
            return row;
        });
        i18n.localeProperty().addListener((obs, old, now) -> refresh());
        model.resultsProperty().addListener((obs, old, now) -> {
            String current = model.currentClusterProperty().get();
            getItems().setAll(now.ranking());
            for (StoredCluster s : getItems())
                if (s.sectorClusterId().equals(current)) getSelectionModel().select(s);
        });
        model.currentClusterProperty().addListener((obs, old, id) -> {
            StoredCluster sel = getSelectionModel().getSelectedItem();
            if (id == null || (sel != null && sel.sectorClusterId().equals(id))) return;
            for (StoredCluster s : getItems())
                if (s.sectorClusterId().equals(id)) {
                    getSelectionModel().select(s);
                    scrollTo(s);
                }
        });
    }

    /** Called when the analyst clicks a row (not when the row is chosen on the map): the map then zooms to it. */
    void setOnRowClicked(Consumer<String> c) {
        this.onRowClicked = c;
    }

    private Locale locale() {
        return i18n.locale();
    }

    SelectionOverride override(StoredCluster s) {
        return model.results().overrides().get(s.sectorClusterId());
    }

    private void overrideOf(StoredCluster s, boolean selected) {
        SelectionOverride o = override(s);
        model.setOverride(s.sectorClusterId(), selected, o == null ? null : o.note());
    }

    String reason(StoredCluster s) {
        var settings = model.results().settings();
        return SelectionReason.of(s, override(s), settings == null ? 0 : settings.top(), i18n);
    }

    /** The row's full story for its tooltip: reason, Balassa basis, data quality. */
    String details(StoredCluster s) {
        ClusterCriteria k = s.criteria();
        return i18n.format("ranking.details", model.results().clusterName(s.sectorClusterId(), i18n), reason(s), k.balassaBasis() == null ? Figures.NONE : k.balassaBasis(),
                Figures.amount(k.residuesMeasuredT(), locale()), Figures.amount(k.residuesEstimatedT(), locale()),
                Figures.share(k.preciseShare(), locale()), Figures.share(k.pc4Share(), locale()), k.notLocated(),
                k.valueKnown(), k.establishments());
    }

    private TableColumn<StoredCluster, String> text(String key, double width, Function<StoredCluster, String> value, boolean right) {
        return Columns.text(i18n, key, width, value, right);
    }

    /** The selection as a check box: what the ranking says, or the analyst's override, which a tick sets. */
    private TableColumn<StoredCluster, StoredCluster> selectionColumn() {
        TableColumn<StoredCluster, StoredCluster> c = new TableColumn<>();
        c.setId("selected");
        Label header = new Label();
        header.textProperty().bind(i18n.text("ranking.col.selected"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("ranking.col.selected.tip"));
        header.setTooltip(tip);
        c.setGraphic(header);
        c.setPrefWidth(70);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final CheckBox box = new CheckBox();
            private final Label pencil = new Label("\u270e");

            {
                pencil.getStyleClass().add("override-mark");
                box.setOnAction(e -> {
                    StoredCluster s = getItem();
                    if (s != null) overrideOf(s, box.isSelected());
                });
                box.disableProperty().bind(model.busyProperty());
                setAlignment(Pos.CENTER);
            }

            @Override
            protected void updateItem(StoredCluster s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                box.setSelected(s.selected());
                box.setId("select-" + s.sectorClusterId());
                boolean overridden = override(s) != null;
                HBox h = new HBox(4, box);
                h.setAlignment(Pos.CENTER);
                if (overridden) h.getChildren().add(pencil);
                setGraphic(h);
            }
        });
        return c;
    }

    /** The analyst's note with an override; editable once the selection has been set by hand. */
    private TableColumn<StoredCluster, String> noteColumn() {
        TableColumn<StoredCluster, String> c = new TableColumn<>();
        c.setId("note");
        Label header = new Label();
        header.textProperty().bind(i18n.text("ranking.col.note"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("ranking.col.note.tip"));
        header.setTooltip(tip);
        c.setGraphic(header);
        c.setPrefWidth(120);
        c.setSortable(false);
        c.setEditable(true);
        c.setCellValueFactory(d -> {
            SelectionOverride o = override(d.getValue());
            return new ReadOnlyStringWrapper(o == null || o.note() == null ? "" : o.note());
        });
        c.setCellFactory(col -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                StoredCluster s = getTableRow() == null ? null : getTableRow().getItem();
                setEditable(!empty && s != null && override(s) != null);
            }
        });
        c.setOnEditCommit(e -> {
            StoredCluster s = e.getRowValue();
            SelectionOverride o = override(s);
            if (o != null) model.setOverride(s.sectorClusterId(), o.selected(), e.getNewValue());
        });
        return c;
    }
}
