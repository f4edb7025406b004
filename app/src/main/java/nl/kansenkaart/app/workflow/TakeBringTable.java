package nl.kansenkaart.app.workflow;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.matching.StakeholderBalance;
import nl.kansenkaart.matching.StoredMatch;

/**
 * Take and bring per stakeholder in the scenario in view (guide: "halen en brengen"): its role in
 * the coalition, what it brings and takes of what it offers and needs, in tonnes and GJ, with how
 * many partners, and which materials (in the UI language, from the scenario's matches).
 */
final class TakeBringTable extends TableView<StakeholderBalance> {

    private final I18n i18n;
    private List<StoredMatch> matches = List.of();

    TakeBringTable(I18n i18n) {
        this.i18n = i18n;
        setId("take-bring-table");
        getStyleClass().add("step-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("tb.empty"));
        setPlaceholder(empty);
        getColumns().add(Columns.text(i18n, "tb.col.actor", 200, StakeholderBalance::actorName, false));
        getColumns().add(Columns.text(i18n, "tb.col.role", 120, b -> english() ? b.role().en() : b.role().nl(), false));
        getColumns().add(number("tb.col.brings", StakeholderBalance::bringsT));
        getColumns().add(number("tb.col.takes", StakeholderBalance::takesT));
        getColumns().add(number("tb.col.net", StakeholderBalance::netT));
        getColumns().add(number("tb.col.bringsGj", StakeholderBalance::bringsGj));
        getColumns().add(number("tb.col.takesGj", StakeholderBalance::takesGj));
        getColumns().add(number("tb.col.offered", StakeholderBalance::offeredT));
        getColumns().add(number("tb.col.wanted", StakeholderBalance::wantedT));
        getColumns().add(Columns.text(i18n, "tb.col.partners", 64, b -> Integer.toString(b.partners()), true));
        getColumns().add(Columns.text(i18n, "tb.col.brought", 200, b -> materials(b.actorRef(), true), false));
        getColumns().add(Columns.text(i18n, "tb.col.taken", 200, b -> materials(b.actorRef(), false), false));
        i18n.localeProperty().addListener((obs, old, now) -> refresh());
    }

    void show(List<StakeholderBalance> balances, List<StoredMatch> matches) {
        this.matches = matches;
        getItems().setAll(balances);
    }

    /** The actor and everyone it brings to or takes from, for the map. */
    Set<String> withPartners(StakeholderBalance b) {
        Set<String> refs = new TreeSet<>();
        refs.add(b.actorRef());
        for (StoredMatch m : matches) {
            if (m.supplyRef().equals(b.actorRef())) refs.add(m.demandRef());
            if (m.demandRef().equals(b.actorRef())) refs.add(m.supplyRef());
        }
        return refs;
    }

    private String materials(String ref, boolean brought) {
        Set<String> names = new TreeSet<>();
        for (StoredMatch m : matches) {
            if (brought && m.supplyRef().equals(ref)) names.add(m.supplyMaterialName(english()));
            if (!brought && m.demandRef().equals(ref)) names.add(m.demandMaterialName(english()));
        }
        return String.join("; ", names);
    }

    private javafx.scene.control.TableColumn<StakeholderBalance, String> number(String key, Function<StakeholderBalance, Double> v) {
        return Columns.text(i18n, key, 78, b -> {
            double x = v.apply(b);
            return x == 0 ? Figures.NONE : Figures.amount(x, i18n.locale());
        }, true);
    }

    private boolean english() {
        return i18n.locale().getLanguage().equals("en");
    }
}
