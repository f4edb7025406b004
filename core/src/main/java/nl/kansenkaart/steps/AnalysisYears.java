package nl.kansenkaart.steps;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The LMA years an analysis covers. LMA figures are yearly means over these years; estimates carry
 * the latest of them as their year.
 */
public record AnalysisYears(List<Integer> years) {

    public AnalysisYears {
        years = years.stream().distinct().sorted().toList();
    }

    public static AnalysisYears none() {
        return new AnalysisYears(List.of());
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }

    public int count() {
        return years.size();
    }

    /** The latest year, or 0 when there are no LMA data. */
    public int latest() {
        return years.isEmpty() ? 0 : years.get(years.size() - 1);
    }

    /** "2023", "2022-2023" or "2021, 2023"; "no LMA data" when empty. */
    public String label() {
        if (years.isEmpty()) return "no LMA data";
        boolean consecutive = years.get(years.size() - 1) - years.get(0) == years.size() - 1;
        if (years.size() > 1 && consecutive) return years.get(0) + "-" + latest();
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** For LMA sources: "LMA 2023" or "LMA 2022-2023 (mean per year)". */
    public String lmaLabel() {
        return "LMA " + label() + (years.size() > 1 ? " (mean per year)" : "");
    }
}
