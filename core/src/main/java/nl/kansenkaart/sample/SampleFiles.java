package nl.kansenkaart.sample;

import java.nio.file.Path;

/**
 * What {@link SampleGenerator#generate} wrote.
 *
 * @param companies   the company register CSV
 * @param lmaExtract  the LMA extract CSV (regional layout)
 * @param readme      the README describing both, with the expected import accounting
 * @param expectedLma what importing {@code lmaExtract} must give under the import policy
 */
public record SampleFiles(Path companies, Path lmaExtract, Path readme, LmaExpectation expectedLma) {}
