package nl.kansenkaart.resources;

import java.util.List;
import java.util.Locale;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;

/**
 * A key figure (kengetal): {@code value} {@code unit} of {@code material} supplied or demanded per
 * basis unit by establishments of a cluster, with its source.
 *
 * @param sbiPrefixes  when not empty, only establishments whose SBI code starts with one of them
 * @param namePatterns when not empty, only establishments whose normalised name contains one of them
 * @param quality      ESTIMATED for sector figures; MEASURED for a plant's own published production
 */
public record KeyFigure(String id, String clusterId, List<String> sbiPrefixes, FlowDirection direction,
                        MaterialKey material, KeyFigureBasis per, double value, QuantityUnit unit,
                        List<String> namePatterns, DataQuality quality, String referenceYear, String source,
                        String note) {

    public KeyFigure {
        sbiPrefixes = List.copyOf(sbiPrefixes);
        namePatterns = List.copyOf(namePatterns);
        if (!(value >= 0) || Double.isInfinite(value)) throw new IllegalArgumentException("value must be a number >= 0");
        if (per == KeyFigureBasis.PLANT && namePatterns.isEmpty())
            throw new IllegalArgumentException("a per-plant figure needs a name_pattern");
    }

    /** Whether the figure applies to an establishment of {@code cluster} with this SBI code and name key. */
    public boolean appliesTo(String cluster, String sbi, String nameKey) {
        if (!clusterId.equals(cluster)) return false;
        if (!sbiPrefixes.isEmpty()) {
            String digits = sbi == null ? "" : sbi.replace(".", "");
            if (sbiPrefixes.stream().noneMatch(digits::startsWith)) return false;
        }
        if (!namePatterns.isEmpty()) {
            if (nameKey == null) return false;
            return namePatterns.stream().anyMatch(p -> nameKey.contains(NameKey.of(p)));
        }
        return true;
    }

    /** "20.85 t per job" */
    public String rate() {
        return String.format(Locale.ROOT, "%s %s per %s", Amounts.format(value), unit.symbol(), per.key());
    }
}
