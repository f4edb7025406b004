package nl.kansenkaart.render;

/** One line of a legend: a symbol and what it stands for. */
public record LegendEntry(String label, Symbol symbol) {}
