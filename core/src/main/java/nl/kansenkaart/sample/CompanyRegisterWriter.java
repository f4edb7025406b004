package nl.kansenkaart.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.kansenkaart.codes.Sbi2008;
import nl.kansenkaart.codes.SbiCode;

/**
 * Writes the sample's company register as a register export looks: ';' separated, UTF-8 with BOM
 * (Excel's "CSV UTF-8"), CRLF, decimal commas. Jobs are exact for most rows and only a size class
 * for some; SBI codes mostly in official notation, some as bare digits, a few with the leading
 * zero lost. Columns {@code synthetisch} and {@code bron} say which rows are made up.
 */
final class CompanyRegisterWriter {

    static final String[] HEADER = {"id", "naam", "sbi", "werkzame_personen", "klasse_werkzame_personen", "omzet_eur",
        "straat", "huisnummer", "postcode", "plaats", "lat", "lon", "kasoppervlak_ha", "beheerder", "capaciteit_ie",
        "belasting_ie", "stikstofverwijdering", "fosfaatverwijdering", "struviet_t_per_jaar", "struviet_bron",
        "synthetisch", "bron"};

    static final String SYNTHETIC_SOURCE = "synthetisch (Kansenkaart-voorbeeld)";
    static final String PLANT_SOURCE = "EEA Waterbase UWWTD v6 (CC BY 4.0)";

    /** Size classes of werkzame personen as registers publish them. */
    private static final int[][] CLASSES = {{1, 1}, {2, 4}, {5, 9}, {10, 19}, {20, 49}, {50, 99}, {100, 199},
        {200, 499}, {500, 999}, {1000, Integer.MAX_VALUE}};

    private CompanyRegisterWriter() {}

    /** Writes the establishments in the province; returns how many rows were written. */
    static int write(Path file, List<Establishment> establishments, Dice dice) {
        int n = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            line(out, HEADER);
            for (Establishment e : establishments) {
                if (!e.inRegion()) continue;
                line(out, row(e, dice));
                n++;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
        }
        return n;
    }

    private static String[] row(Establishment e, Dice dice) {
        String[] c = new String[HEADER.length];
        c[0] = e.ref();
        c[1] = e.name();
        c[2] = sbiNotation(e.sbi(), dice);
        if (e.jobs() != null) {
            if (e.jobsAsClass()) c[4] = jobsClass(e.jobs());
            else c[3] = Integer.toString(e.jobs());
        }
        c[5] = e.turnoverEur() == null ? null : Long.toString(e.turnoverEur());
        c[6] = e.street();
        c[7] = e.houseNumber();
        c[8] = e.postcode();
        c[9] = e.town();
        c[12] = e.areaHa() == null ? null : String.format(Locale.ROOT, "%.1f", e.areaHa()).replace('.', ',');
        WastewaterPlant p = e.plant();
        if (p != null) {
            c[10] = p.latitude().replace('.', ',');
            c[11] = p.longitude().replace('.', ',');
            c[13] = p.operator();
            c[14] = Long.toString(p.capacityPe());
            c[15] = Long.toString(p.loadEnteringPe());
            c[16] = p.nitrogenRemoval() ? "J" : "N";
            c[17] = p.phosphorusRemoval() ? "J" : "N";
            c[18] = p.struviteTPerYr();
            c[19] = p.struviteSource().isEmpty() ? null : p.struviteBasis() + " (" + p.struviteSource() + ")";
        }
        c[20] = e.synthetic() ? "J" : "N";
        c[21] = e.synthetic() ? SYNTHETIC_SOURCE : PLANT_SOURCE;
        return c;
    }

    /** 85 % official ("01.13.2"), 10 % digits ("01132"), 5 % digits without leading zero where that stays unambiguous. */
    private static String sbiNotation(String digits, Dice dice) {
        SbiCode code = Sbi2008.get().byDigits(digits).orElseThrow();
        double r = dice.uniform(0, 1);
        if (r < 0.85) return code.code();
        if (r < 0.95 || !digits.startsWith("0")) return digits;
        String stripped = digits.substring(1);
        return digits.equals(Sbi2008.get().normalise(stripped)) ? stripped : digits;
    }

    static String jobsClass(int jobs) {
        for (int[] c : CLASSES) {
            if (jobs > c[1]) continue;
            if (c[1] == Integer.MAX_VALUE) return "≥ " + c[0];
            return c[0] == c[1] ? Integer.toString(c[0]) : c[0] + "-" + c[1];
        }
        throw new IllegalArgumentException("jobs " + jobs);
    }

    private static void line(BufferedWriter out, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) out.write(';');
            String v = cells[i];
            if (v == null) continue;
            if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0) out.write('"' + v.replace("\"", "\"\"") + '"');
            else out.write(v);
        }
        out.write("\r\n");
    }
}
