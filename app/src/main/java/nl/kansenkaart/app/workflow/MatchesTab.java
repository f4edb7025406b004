package nl.kansenkaart.app.workflow;

import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.matching.Approach;
import nl.kansenkaart.matching.Decision;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.matching.StoredUnmatched;
import nl.kansenkaart.model.FlowDirection;

/**
 * Step 3: the scenario in view with its filters, and four views of it: the matches (best first, with
 * the decision bar), the unmatched supply and unmet demand, the take-and-bring balance per
 * stakeholder, and all scenarios' indicators side by side. Choosing a row shows it on the map: a
 * match with both companies ringed, an unmatched flow's company, a stakeholder with its partners.
 */
final class MatchesTab extends BorderPane {

    private final I18n i18n;
    private final MatchModel model;
    private final MatchTable table;
    private final DecisionBar decisions;
    private final UnmatchedTable unmatched;
    private final TakeBringTable takeBring;
    private final ComparisonView comparison;
    private final TabPane views = new TabPane();
    private final Label title = new Label();
    private final Label unmatchedSummary = new Label();
    private final Label status = new Label();
    private Consumer<Set<String>> onCompanies = refs -> { };

    MatchesTab(I18n i18n, MatchModel model) {
        this.i18n = i18n;
        this.model = model;
        table = new MatchTable(i18n, model);
        decisions = new DecisionBar(i18n, model, this::decide, this::run);
        unmatched = new UnmatchedTable(i18n);
        takeBring = new TakeBringTable(i18n);
        comparison = new ComparisonView(i18n, model);
        title.getStyleClass().add("tab-title");
        title.setId("matches-title");
        status.setId("matches-status");
        status.getStyleClass().add("run-status");
        table.setOnDecide(this::decide);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> {
            decisions.matchProperty().set(m);
            model.flow().currentMatchProperty().set(m);
        });
        unmatched.getSelectionModel().selectedItemProperty().addListener((obs, old, u) -> {
            if (u != null) onCompanies.accept(Set.of(u.actorRef()));
        });
        takeBring.getSelectionModel().selectedItemProperty().addListener((obs, old, b) -> {
            if (b != null) onCompanies.accept(takeBring.withPartners(b));
        });

        BorderPane matchesView = new BorderPane(table);
        matchesView.setBottom(decisions);
        unmatchedSummary.setId("unmatched-summary");
        unmatchedSummary.getStyleClass().add("sub-bar");
        BorderPane unmatchedView = new BorderPane(unmatched);
        unmatchedView.setTop(unmatchedSummary);
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("tb.hint"));
        hint.getStyleClass().addAll("hint", "sub-bar");
        BorderPane balanceView = new BorderPane(takeBring);
        balanceView.setTop(hint);
        views.getTabs().addAll(tab("matches.sub.matches", "sub-matches", matchesView), tab("matches.sub.unmatched", "sub-unmatched", unmatchedView),
                tab("matches.sub.balance", "sub-balance", balanceView), tab("matches.sub.compare", "sub-compare", comparison));
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        views.getStyleClass().add("sub-tabs");

        ScenarioBar bar = new ScenarioBar(i18n, model, this::run, this::newScenario);
        setTop(new VBox(bar, new javafx.scene.layout.HBox(12, title, status)));
        setCenter(views);
        model.resultsProperty().addListener((obs, old, now) -> show());
        model.filterProperty().addListener((obs, old, now) -> show());
        i18n.localeProperty().addListener((obs, old, now) -> show());
    }

    /** Called with the companies to ring on the map when an unmatched flow or a stakeholder is chosen. */
    void setOnCompanies(Consumer<Set<String>> c) {
        this.onCompanies = c;
    }

    MatchTable table() {
        return table;
    }

    ComparisonView comparison() {
        return comparison;
    }

    TabPane views() {
        return views;
    }

    /** Shows one of the views: {@code matches}, {@code unmatched}, {@code take-bring} or {@code compare}. */
    void showView(String view) {
        String id = switch (view) {
            case "unmatched" -> "sub-unmatched";
            case "take-bring" -> "sub-balance";
            case "compare" -> "sub-compare";
            default -> "sub-matches";
        };
        views.getTabs().stream().filter(t -> t.getId().equals(id)).findFirst().ifPresent(t -> views.getSelectionModel().select(t));
    }

    private Tab tab(String key, String id, javafx.scene.Node content) {
        Tab t = new Tab();
        t.textProperty().bind(i18n.text(key));
        t.setId(id);
        t.setContent(content);
        return t;
    }

    private void show() {
        MatchResults r = model.results();
        MatchFilter f = model.filterProperty().get();
        table.show(r.matches(), f);
        unmatched.getItems().setAll(r.unmatched());
        takeBring.show(r.balances(), r.matches());
        long area = r.matches().stream().filter(m -> m.approach() == Approach.AREA).count();
        String t = i18n.format("matches.title", r.scenario(), r.matches().size(), area, r.matches().size() - area);
        if (!f.isAll()) t += i18n.format("matches.shown", table.getItems().size());
        title.setText(r.matches().isEmpty() && !r.hasRun() ? i18n.format("matches.none", r.scenario()) : t);
        double[] left = new double[4];
        for (StoredUnmatched u : r.unmatched())
            left[(u.isEnergy() ? 2 : 0) + (u.direction() == FlowDirection.SUPPLY ? 0 : 1)] += u.left();
        unmatchedSummary.setText(i18n.format("unmatched.summary", Figures.amount(left[0], i18n.locale()), Figures.amount(left[1], i18n.locale()),
                Figures.amount(left[2], i18n.locale()), Figures.amount(left[3], i18n.locale())));
    }

    private void decide(StoredMatch m, Decision d) {
        if (m == null) return;
        model.decide(m, d, decisions.note(), () -> status.setText(""));
    }

    private void run() {
        status.setText("");
        model.runScenario(status::setText);
    }

    private void newScenario() {
        MatchResults r = model.results();
        var base = r.scenarios().stream().filter(s -> s.name().equals(r.scenario())).findFirst()
                .map(ScenarioStore.Scenario::settings).orElse(nl.kansenkaart.matching.MatchSettings.DEFAULTS);
        new ScenarioDialog(getScene() == null ? null : getScene().getWindow(), i18n, r.scenario(), base).showAndWait()
                .ifPresent(in -> model.saveScenario(in.name(), in.settings(), in.description(), in.runNow(), () -> { }));
    }
}
