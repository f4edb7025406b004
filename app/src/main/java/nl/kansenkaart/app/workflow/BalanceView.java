package nl.kansenkaart.app.workflow;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.resources.MaterialBalance;

/**
 * The material balance of one cluster per year: inputs, residues, by-products and heat, how the
 * measured residues are processed today, and the data quality behind it. Each line says whether
 * its figure is measured (LMA, published plant figures) or estimated (key figures).
 */
final class BalanceView extends GridPane {

    private final I18n i18n;
    private MaterialBalance shown;

    BalanceView(I18n i18n) {
        this.i18n = i18n;
        setId("balance");
        getStyleClass().add("balance");
        setHgap(10);
        setVgap(3);
        ColumnConstraints label = new ColumnConstraints();
        label.setHgrow(Priority.ALWAYS);
        label.setMaxWidth(210);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        value.setMinWidth(80);
        ColumnConstraints unit = new ColumnConstraints();
        unit.setMinWidth(44);
        ColumnConstraints quality = new ColumnConstraints();
        quality.setMinWidth(56);
        getColumnConstraints().addAll(label, value, unit, quality);
        i18n.localeProperty().addListener((obs, old, now) -> show(shown));
    }

    void show(MaterialBalance b) {
        shown = b;
        getChildren().clear();
        if (b == null) return;
        int r = 0;
        r = heading(r, "balance.inputs");
        r = line(r, "balance.inputs.measured", b.inputsMeasuredT(), "unit.t", "quality.MEASURED");
        r = line(r, "balance.inputs.estimated", b.inputsEstimatedT(), "unit.t", "quality.ESTIMATED");
        r = line(r, "balance.heatDemand", b.heatDemandGj(), "unit.gj", "quality.ESTIMATED");
        r = heading(r, "balance.outputs");
        r = line(r, "balance.residues.measured", b.residuesMeasuredT(), "unit.t", "quality.MEASURED");
        r = line(r, "balance.residues.estimated", b.residuesEstimatedT(), "unit.t", "quality.ESTIMATED");
        r = line(r, "balance.byproducts", b.byproductsT(), "unit.t", "balance.quality.seeTable");
        r = line(r, "balance.heatSupply", b.heatSupplyGj(), "unit.gj", "balance.quality.seeTable");
        r = line(r, "balance.routeCollected", b.routeCollectedT(), "unit.t", "quality.MEASURED");
        r = heading(r, "balance.processing");
        r = line(r, "balance.recycled", b.recycledT(), "unit.t", "quality.MEASURED");
        r = line(r, "balance.energyRecovery", b.energyRecoveryT(), "unit.t", "quality.MEASURED");
        r = line(r, "balance.disposal", b.disposalT(), "unit.t", "quality.MEASURED");
        r = line(r, "balance.unknownRoute", b.unknownRouteT(), "unit.t", "quality.MEASURED");
        r = line(r, "balance.routeNotKnown", b.routeNotKnownT(), "unit.t", "quality.ESTIMATED");
        r = heading(r, "balance.quality");
        r = share(r, "balance.measuredShare", b.measuredShare());
        r = share(r, "balance.preciseShare", b.preciseShare());
        r = share(r, "balance.pc4Share", b.pc4Share());
        add(label(i18n.get("balance.lmaRecords"), "balance-label"), 0, r);
        add(label(Long.toString(b.lmaRecords()), "balance-value"), 1, r);
        add(label(b.lmaPreciseShare() == null ? "" : i18n.format("balance.lmaPrecise", Figures.share(b.lmaPreciseShare(), locale())),
                "balance-quality"), 2, r, 2, 1);
        r++;
        add(label(i18n.format("balance.establishments", b.establishments()), "balance-note"), 0, r, 4, 1);
    }

    private Locale locale() {
        return i18n.locale();
    }

    private int heading(int row, String key) {
        Label l = label(i18n.get(key), "balance-heading");
        add(l, 0, row, 4, 1);
        return row + 1;
    }

    private int line(int row, String key, double value, String unitKey, String qualityKey) {
        add(label(i18n.get(key), "balance-label"), 0, row);
        add(label(Figures.amount(value, locale()), "balance-value"), 1, row);
        add(label(i18n.get(unitKey), "balance-unit"), 2, row);
        add(label(value == 0 ? "" : i18n.get(qualityKey), qualityKey.endsWith("ESTIMATED") ? "balance-estimated" : "balance-quality"), 3, row);
        return row + 1;
    }

    private int share(int row, String key, Double value) {
        add(label(i18n.get(key), "balance-label"), 0, row);
        add(label(Figures.share(value, locale()), "balance-value"), 1, row);
        return row + 1;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(style.equals("balance-label"));
        l.getStyleClass().add(style);
        return l;
    }
}
