package nl.kansenkaart.sample;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kansenkaart.codes.EuralList;
import nl.kansenkaart.codes.LmaMethods;
import nl.kansenkaart.geo.Pc4Table;

/**
 * Streams a synthetic LMA extract to a file: first the streams of the register's establishments
 * (wastewater plants, processors and collectors, then the companies kind by kind), then, for
 * large extracts, streams of extra small producers that are not in the register, as real extracts
 * name many ontdoeners a register sample does not hold. Rows are written as they are made, so the
 * memory used does not grow with the size.
 */
final class LmaExtractGenerator {

    static final int YEAR = 2023;

    /** MeldPeriodeJAAR is the first of the four cells that change from month to month. */
    private static final int PERIOD_COLUMN = 8;
    private static final String[] MONTHS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};

    /** PC4 areas that do not exist; a postcode with one of them cannot be located. */
    static final List<String> UNKNOWN_PC4 = List.of("1049", "1199", "1899");
    private static final List<String> EU_CODES_TYPED_AS_METHOD = List.of("R1", "R3", "R5", "R12", "D10");
    private static final Weighted<String> EXTRA_KINDS =
            Weighted.parse("construction:4|trade:3|metal:2|food:2|greenhouse_other:1|textile:1");

    /** The expected import accounting and the flow totals of what was written. */
    record Result(LmaExpectation expectation, FlowTally tally) {}

    private final SampleTables tables;
    private final List<Establishment> register;
    private final RegisterBuilder builder;
    private final Dice dice;
    private final ProcessorChooser chooser;
    private final Establishment broker;
    private final Map<String, Integer> streamCounts = new HashMap<>();
    private final Map<Defect, Long> defectRows = new EnumMap<>(Defect.class);
    private final FlowTally tally = new FlowTally();

    private LmaExtractWriter out;
    private long limit, rows, accepted, rejected, notLocated, acceptedTenths;

    LmaExtractGenerator(SampleTables tables, List<Establishment> register, RegisterBuilder builder, Dice dice) {
        this.tables = tables;
        this.register = register;
        this.builder = builder;
        this.dice = dice;
        this.chooser = new ProcessorChooser(register);
        this.broker = register.stream().filter(e -> e.type().equals("broker")).findFirst().orElseThrow();
        for (String pc4 : UNKNOWN_PC4)
            if (Pc4Table.get().find(pc4) != null) throw new IllegalStateException("PC4 " + pc4 + " exists; it cannot serve as unknown");
    }

    Result write(Path file, long rowLimit) {
        limit = rowLimit;
        try (LmaExtractWriter w = new LmaExtractWriter(file)) {
            out = w;
            for (Establishment e : register) {
                if (rows >= limit) break;
                streamsOf(e);
            }
            Map<String, EstablishmentType> kinds = new HashMap<>();
            for (EstablishmentType t : tables.types) kinds.put(t.type(), t);
            while (rows < limit) {
                EstablishmentType t = kinds.get(dice.pick(EXTRA_KINDS));
                Double area = t.areaHaTotal() == null ? null : Math.round(dice.logUniform(new Range(1, 12)) * 10) / 10.0;
                streamsOf(builder.company(t, area));
            }
        }
        LmaExpectation x = new LmaExpectation(rows, accepted, rejected, notLocated, BigDecimal.valueOf(acceptedTenths, 1),
                defectRows);
        return new Result(x, tally);
    }

    private void streamsOf(Establishment e) {
        for (StreamSpec spec : tables.streams) {
            if (rows >= limit) return;
            if (!spec.appliesTo(e) || !dice.chance(spec.share())) continue;
            WasteStream s = stream(e, spec);
            if (s != null) writeRows(s);
        }
    }

    private WasteStream stream(Establishment e, StreamSpec spec) {
        Double base = switch (spec.basis()) {
            case PER_HA -> e.areaHa();
            case PER_JOB -> e.jobs() == null ? null : e.jobs().doubleValue();
            case PER_PE -> e.plant() == null ? null : (double) e.plant().loadEnteringPe();
            case FIXED -> 1.0;
        };
        if (base == null) return null;
        double tonnes = spec.basis() == StreamSpec.Basis.FIXED ? dice.logUniform(spec.amount()) : base * dice.uniform(spec.amount());
        String method = dice.pick(spec.methods());
        Establishment processor = chooser.choose(dice, e.place(), method, spec.eural(), spec.toTypes());
        int seq = streamCounts.merge(processor.processor().verwerkersnummer(), 1, Integer::sum);
        String number = processor.processor().verwerkersnummer() + String.format(Locale.ROOT, "%07d", seq);
        Establishment via = spec.collection() == StreamSpec.Collection.DIRECT && e.synthetic() && dice.chance(0.05) ? broker : null;
        String name = spec.names().isEmpty() ? EuralList.get().find(spec.eural()).orElseThrow().descriptionNl() : dice.pick(spec.names());
        Defect defect = streamDefect(spec);
        String euralText = euralText(spec.eural(), defect);
        String methodText = defect == Defect.METHOD_UNKNOWN ? dice.pick(EU_CODES_TYPED_AS_METHOD) : method;
        String postcode = defect == Defect.POSTCODE_UNKNOWN ? dice.pick(UNKNOWN_PC4) + Postcode6.letters(dice) : e.postcode();
        WasteStream.PostcodeStyle style = dice.pick(List.of(WasteStream.PostcodeStyle.values()), new double[] {70, 25, 5});
        boolean decimals = dice.chance(0.15);
        return new WasteStream(number, spec, e, processor, via, method, methodText, euralText, name, defect, postcode,
                style, decimals, tonnes * 1000, spec.pattern().weights(dice));
    }

    /** At most one stream-level defect or notation variant per stream, at small documented rates. */
    private Defect streamDefect(StreamSpec spec) {
        double r = dice.uniform(0, 1);
        boolean hazardous = EuralList.get().find(spec.eural()).orElseThrow().hazardous();
        if (r < 0.004) return Defect.EURAL_NOT_IN_LIST;
        if (r < 0.010) return Defect.METHOD_UNKNOWN;
        if (r < 0.015) return spec.collection() == StreamSpec.Collection.DIRECT ? Defect.POSTCODE_UNKNOWN : null;
        if (r < 0.055) return spec.eural().startsWith("0") ? Defect.EURAL_LEADING_ZERO_LOST : null;
        if (r < 0.105) return Defect.EURAL_WITH_SPACES;
        return hazardous && dice.chance(0.5) ? Defect.EURAL_HAZARD_STAR : null;
    }

    private static String euralText(String code, Defect defect) {
        if (defect == null) return code;
        return switch (defect) {
            case EURAL_LEADING_ZERO_LOST -> code.substring(1);
            case EURAL_WITH_SPACES -> code.substring(0, 2) + " " + code.substring(2, 4) + " " + code.substring(4);
            case EURAL_HAZARD_STAR -> code + "*";
            case EURAL_NOT_IN_LIST -> notInList(code);
            default -> code;
        };
    }

    /** A typo of a real code that is not itself a code: the last two digits become 98, 97, ... */
    private static String notInList(String code) {
        for (int d = 98; d > 10; d--) {
            String c = code.substring(0, 4) + d;
            if (EuralList.get().find(c).isEmpty()) return c;
        }
        throw new IllegalStateException("no invalid variant of " + code);
    }

    private void writeRows(WasteStream s) {
        double sum = 0;
        for (double w : s.monthWeights()) sum += w;
        String[] c = fixedCells(s);
        byte[] head = out.encode(c, 0, PERIOD_COLUMN);
        byte[] tail = out.encode(c, LmaExtractWriter.ONTDOENER, c.length);
        String year = Integer.toString(YEAR);
        String[] middle = new String[4];
        for (int m = 0; m < 12 && rows < limit; m++) {
            if (s.monthWeights()[m] == 0) continue;
            double kg = s.yearlyKg() * s.monthWeights()[m] / sum * dice.uniform(0.75, 1.25);
            long tenths = s.decimals() ? Math.max(1, Math.round(kg * 10)) : Math.max(1, Math.round(kg)) * 10;
            long loads = Math.max(1, Math.round(kg / 1000 / dice.uniform(s.spec().loadTonnes())));
            Defect rowDefect = s.rejectedAsAWhole() ? null : rowDefect(tenths);
            middle[0] = year;
            middle[1] = MONTHS[m];
            middle[2] = weight(tenths, s.decimals(), rowDefect);
            middle[3] = Long.toString(loads);
            if (rowDefect == Defect.PERIOD_INVALID) invalidPeriod(middle);
            out.writeRow(head, middle, tail);
            account(s, rowDefect, tenths);
        }
    }

    /** The cells that are the same in every month of a stream; the period, weight and loads are left empty. */
    private String[] fixedCells(WasteStream s) {
        boolean viaCollector = s.spec().collection().viaCollector();
        String[] c = new String[LmaExtractWriter.HEADER.length];
        c[0] = s.number();
        c[1] = s.methodText();
        c[2] = LmaMethods.get().lookup(s.methodText()).map(m -> m.nameNl()).orElse("");
        c[3] = s.spec().collection() == StreamSpec.Collection.ROUTE ? "J" : "N";
        c[4] = s.spec().collection() == StreamSpec.Collection.COLLECTOR_SCHEME ? "J" : "N";
        c[5] = c[4];
        c[6] = s.euralText();
        c[7] = s.wasteName();
        Establishment o = s.ontdoener();
        String pc = s.postcodeStyle().format(s.ontdoenerPostcode());
        party(c, LmaExtractWriter.ONTDOENER, o.name(), pc, o.town(), o.street(), o.houseNumber());
        if (viaCollector) {
            c[LmaExtractWriter.HERKOMST + 1] = o.town();
            c[LmaExtractWriter.HERKOMST + 2] = "Diverse locaties";
        } else {
            System.arraycopy(c, LmaExtractWriter.ONTDOENER + 1, c, LmaExtractWriter.HERKOMST, 4);
        }
        System.arraycopy(c, LmaExtractWriter.ONTDOENER, c, LmaExtractWriter.AFZENDER, 5);
        if (viaCollector) System.arraycopy(c, LmaExtractWriter.ONTDOENER, c, LmaExtractWriter.INZAMELAAR, 5);
        if (s.broker() != null) party(c, LmaExtractWriter.BEMIDDELAAR, s.broker());
        party(c, LmaExtractWriter.ONTVANGER, s.processor());
        party(c, LmaExtractWriter.VERWERKER, s.processor());
        return c;
    }

    private Defect rowDefect(long tenths) {
        double r = dice.uniform(0, 1);
        if (r < 0.003) return Defect.WEIGHT_EMPTY;
        if (r < 0.004) return Defect.WEIGHT_NOT_A_NUMBER;
        if (r < 0.0055) return Defect.WEIGHT_NEGATIVE;
        if (r < 0.0075) return Defect.PERIOD_INVALID;
        if (tenths >= 10_000 && dice.chance(0.03)) return Defect.WEIGHT_THOUSANDS_DOTS;
        return null;
    }

    private static String weight(long tenths, boolean decimals, Defect rowDefect) {
        if (rowDefect == null) return Kg.plain(tenths, decimals);
        return switch (rowDefect) {
            case WEIGHT_EMPTY -> "";
            case WEIGHT_NOT_A_NUMBER -> "n.b.";
            case WEIGHT_NEGATIVE -> "-" + Kg.plain(tenths, decimals);
            case WEIGHT_THOUSANDS_DOTS -> Kg.withThousandsDots(tenths);
            default -> Kg.plain(tenths, decimals);
        };
    }

    /** {@code middle} holds year, month, weight, loads. */
    private void invalidPeriod(String[] middle) {
        switch (dice.between(0, 2)) {
            case 0 -> middle[1] = "13";
            case 1 -> middle[1] = "0";
            default -> middle[0] = "";
        }
    }

    private static void party(String[] c, int at, Establishment e) {
        party(c, at, e.name(), WasteStream.PostcodeStyle.SPACED.format(e.postcode()), e.town(), e.street(), e.houseNumber());
    }

    private static void party(String[] c, int at, String name, String postcode, String town, String street, String number) {
        c[at] = name;
        c[at + 1] = postcode;
        c[at + 2] = town;
        c[at + 3] = street;
        c[at + 4] = number;
    }

    private void account(WasteStream s, Defect rowDefect, long tenths) {
        rows++;
        if (s.defect() != null) defectRows.merge(s.defect(), 1L, Long::sum);
        if (rowDefect != null) defectRows.merge(rowDefect, 1L, Long::sum);
        if (s.rejectedAsAWhole() || (rowDefect != null && rowDefect.outcome().rejected())) {
            rejected++;
            return;
        }
        accepted++;
        acceptedTenths += tenths;
        if (s.defect() == Defect.POSTCODE_UNKNOWN) notLocated++;
        if (s.processor().type().equals("avi")) tally.add(FlowTally.AVI_RECEIVED, tenths);
        String kind = s.ontdoener().streamType();
        String eural = s.spec().eural();
        if (eural.equals("020103") && (kind.equals("greenhouse") || kind.equals("seed_breeder")))
            tally.add(FlowTally.GREENHOUSE_ORGANIC, tenths);
        if (eural.startsWith("02") && kind.equals("food")) tally.add(FlowTally.FOOD_ORGANIC, tenths);
        if (eural.equals("190805")) tally.add(FlowTally.RWZI_SLUDGE, tenths);
    }
}
