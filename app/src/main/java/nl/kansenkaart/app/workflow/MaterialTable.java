package nl.kansenkaart.app.workflow;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.render.MapText;
import nl.kansenkaart.render.SankeyLabels;
import nl.kansenkaart.resources.ClusterMaterialRow;

/**
 * The step-2 material table of one cluster: every figure with its role, activity, material,
 * today's processing, amount and unit, and next to it whether it is measured or estimated, from
 * which source, and how many establishments and LMA records are behind it.
 */
final class MaterialTable extends TableView<ClusterMaterialRow> {

    private static final PseudoClass ESTIMATED = PseudoClass.getPseudoClass("estimated");

    private final I18n i18n;

    MaterialTable(I18n i18n) {
        this.i18n = i18n;
        setId("material-table");
        getStyleClass().add("step-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("materials.empty"));
        empty.setWrapText(true);
        setPlaceholder(empty);
        getColumns().add(Columns.text(i18n, "materials.col.role", 90, r -> i18n.get("role." + r.role().name()), false));
        getColumns().add(Columns.text(i18n, "materials.col.activity", 120, r -> SankeyLabels.activity(r.activity(), MapText.of(locale())), false));
        getColumns().add(Columns.text(i18n, "materials.col.material", 180, r -> (r.hazardous() ? "\u26a0 " : "") + material(r), false));
        getColumns().add(Columns.text(i18n, "materials.col.processing", 120, this::processing, false));
        getColumns().add(Columns.text(i18n, "materials.col.amount", 110, r -> Figures.amount(r.amount(), locale()) + " "
                + i18n.get(r.unit() == QuantityUnit.GJ ? "unit.gj" : "unit.t"), true));
        getColumns().add(Columns.text(i18n, "materials.col.quality", 72, r -> i18n.get("quality." + r.quality().name()), false));
        getColumns().add(Columns.text(i18n, "materials.col.actors", 46, r -> Integer.toString(r.actors()), true));
        getColumns().add(Columns.text(i18n, "materials.col.records", 52, r -> r.records() == 0 ? Figures.NONE : Long.toString(r.records()), true));
        getColumns().add(Columns.text(i18n, "materials.col.source", 140, ClusterMaterialRow::source, false));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ClusterMaterialRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(ESTIMATED,
                        !empty && r != null && r.quality() == DataQuality.ESTIMATED);
                setTooltip(empty || r == null ? null : new Tooltip(describe(r)));
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> refresh());
    }

    /** Everything about a row, for its tooltip: the cells are narrow. */
    private String describe(ClusterMaterialRow r) {
        String group = r.group() == null ? Figures.NONE : english() ? r.group().en() : r.group().nl();
        return i18n.format("materials.row", SankeyLabels.activity(r.activity(), MapText.of(locale())), material(r), group, i18n.get(r.hazardous() ? "materials.hazardous" : "materials.notHazardous"),
                processing(r), Figures.amount(r.amount(), locale()) + " " + i18n.get(r.unit() == QuantityUnit.GJ ? "unit.gj" : "unit.t"),
                i18n.get("quality." + r.quality().name()), r.actors(), r.records(), r.source());
    }

    private boolean english() {
        return i18n.locale().getLanguage().equals("en");
    }

    private Locale locale() {
        return i18n.locale();
    }

    private String material(ClusterMaterialRow r) {
        return english() ? MaterialNames.en(r.material()) : r.materialName();
    }

    /** "E03 · R8 Recyclen", "onbekend (schatting)" for estimates and demand. */
    private String processing(ClusterMaterialRow r) {
        if (r.methodCode() == null) return i18n.get("materials.processing.none");
        RLevel l = r.rLevel() == null ? RLevel.UNKNOWN : r.rLevel();
        String level = english() ? l.en() : l.nl();
        return r.methodCode() + " \u00b7 " + (l.isOnLadder() ? l.name() + " " + level : level);
    }
}
