package nl.kansenkaart.io.lma;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kansenkaart.io.tabular.Tables;

/**
 * A header recognised as one of the LMA layouts: where each field and party column is, and which
 * columns are kept as attributes. Detection is by column meaning, so order, case, spaces and
 * underscores do not matter and unknown extra columns are allowed.
 */
final class LmaHeader {

    /** One line per layout, for the error when nothing matches. */
    static final String EXPECTED = "expected the regional extract's ontvangstmeldingen (EuralCode, Gewicht_KG,"
            + " MeldPeriodeJAAR [+ MeldPeriodeMAAND] or PeriodeMelding, Afvalstroomnummer, Herkomst_Postcode, ...),"
            + " the afgiftemeldingen sheet (the same plus EerstAfnemer columns) or the LMA portal's stream export"
            + " (Afvalstroomnummer, Euralcode, LocatieHerkomst Postcode, LvB Bedrijfsnaam, ...)";

    /** Stored in columns for the ontdoener and the processor; their other columns stay attributes. */
    private static final Set<PartyPart> PARTY_PARTS = EnumSet.of(PartyPart.NAME, PartyPart.POSTCODE, PartyPart.TOWN);
    /** Stored in columns for the locatie van herkomst (which has no name). */
    private static final Set<PartyPart> ORIGIN_PARTS = EnumSet.of(PartyPart.STREET, PartyPart.HOUSE_NUMBER,
            PartyPart.HOUSE_ADDITION, PartyPart.POSTCODE, PartyPart.TOWN, PartyPart.COUNTRY);
    private static final Set<LmaField> QUANTITY_FIELDS = EnumSet.of(LmaField.STREAM_NUMBER, LmaField.METHOD_CODE,
            LmaField.EURAL, LmaField.WASTE_NAME, LmaField.YEAR, LmaField.MONTH, LmaField.PERIOD, LmaField.WEIGHT,
            LmaField.LOADS, LmaField.ROUTE_COLLECTION, LmaField.COLLECTOR_SCHEME);
    private static final Set<LmaField> STREAM_FIELDS = EnumSet.of(LmaField.STREAM_NUMBER, LmaField.PROCESSOR_NUMBER,
            LmaField.METHOD_CODE, LmaField.EURAL, LmaField.WASTE_NAME, LmaField.ROUTE_COLLECTION,
            LmaField.COLLECTOR_SCHEME, LmaField.PRIVATE_ONTDOENER);

    final LmaLayout layout;
    /** The header cells as written. */
    final String[] names;
    /** Cells a data row must have: up to the last non-empty header cell. */
    final int width;
    private final int[] fieldIndex;
    private final int[][] partIndex;
    /** The role whose columns are the processor: Verwerker, else Ontvanger (receipts); EerstAfnemer (dispatches). */
    final Role processorRole;
    /** Columns not used by the layout: their non-empty values go to the record's extra attributes. */
    final int[] extraIndex;
    final String[] extraNames;
    /** {@code "name":} of each extra column, escaped once for the rows' JSON. */
    final String[] extraJsonKeys;
    /** Extra columns that no LMA layout knows (for the import notes). */
    final List<String> unknownColumns;
    /** All columns ordered by header key, so duplicate detection ignores column order. */
    final int[] canonicalOrder;
    /** A hash of each canonical key, so rows are hashed without rereading the header names. */
    final long[] canonicalKeyHashes;

    private LmaHeader(LmaLayout layout, String[] names, int[] fieldIndex, int[][] partIndex, Role processorRole,
                      BitSet used, List<String> unknownColumns) {
        this.layout = layout;
        this.names = names;
        this.fieldIndex = fieldIndex;
        this.partIndex = partIndex;
        this.processorRole = processorRole;
        this.unknownColumns = List.copyOf(unknownColumns);
        int w = 0;
        for (int i = 0; i < names.length; i++) if (!names[i].isEmpty()) w = i + 1;
        this.width = w;
        List<Integer> extra = new ArrayList<>();
        for (int i = 0; i < names.length; i++) if (!used.get(i)) extra.add(i);
        extraIndex = extra.stream().mapToInt(Integer::intValue).toArray();
        extraNames = new String[extraIndex.length];
        List<String> seen = new ArrayList<>();
        for (int k = 0; k < extraIndex.length; k++) {
            int i = extraIndex[k];
            String n = names[i].isEmpty() ? "kolom " + (i + 1) : names[i];
            if (seen.contains(n)) n = n + " (kolom " + (i + 1) + ")";
            seen.add(n);
            extraNames[k] = n;
        }
        extraJsonKeys = new String[extraNames.length];
        for (int k = 0; k < extraNames.length; k++) extraJsonKeys[k] = RowAttributes.jsonKey(extraNames[k]);
        Integer[] order = new Integer[names.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparing((Integer i) -> Tables.headerKey(names[i])).thenComparing(i -> i));
        canonicalOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        canonicalKeyHashes = new long[names.length];
        for (int k = 0; k < order.length; k++) {
            String key = Tables.headerKey(names[order[k]]);
            long hk = 0xCBF29CE484222325L;
            for (int c = 0; c < key.length(); c++) hk = (hk ^ key.charAt(c)) * 0x100000001B3L;
            canonicalKeyHashes[k] = hk;
        }
    }

    /** The layout of a header, or null when it is not an LMA header. */
    static LmaHeader detect(String[] header) {
        String[] names = new String[header.length];
        for (int i = 0; i < header.length; i++) names[i] = header[i] == null ? "" : LmaValues.clean(header[i]);
        int[] fieldIndex = new int[LmaField.values().length];
        Arrays.fill(fieldIndex, -1);
        int[][] partIndex = new int[Role.values().length][PartyPart.values().length];
        for (int[] p : partIndex) Arrays.fill(p, -1);
        BitSet known = new BitSet();
        for (int i = 0; i < names.length; i++) {
            LmaColumns.Target t = LmaColumns.lookup(names[i]);
            if (t == null) continue;
            if (t.field() != null) {
                if (fieldIndex[t.field().ordinal()] < 0) fieldIndex[t.field().ordinal()] = i;
            } else if (partIndex[t.role().ordinal()][t.part().ordinal()] < 0) {
                partIndex[t.role().ordinal()][t.part().ordinal()] = i;
            }
            known.set(i);
        }
        LmaLayout layout = layoutOf(fieldIndex, partIndex);
        if (layout == null) return null;

        Role processor = switch (layout) {
            case DISPATCHES -> Role.EERSTE_AFNEMER;
            case RECEIPTS -> hasAny(partIndex, Role.VERWERKER) ? Role.VERWERKER : Role.ONTVANGER;
            case STREAMS -> Role.VERWERKER;
        };
        BitSet used = new BitSet();
        Set<LmaField> fields = layout == LmaLayout.STREAMS ? STREAM_FIELDS : QUANTITY_FIELDS;
        for (LmaField f : fields) if (fieldIndex[f.ordinal()] >= 0) used.set(fieldIndex[f.ordinal()]);
        if (layout == LmaLayout.STREAMS) {
            useParts(used, partIndex, Role.VERWERKER, EnumSet.of(PartyPart.NAME, PartyPart.COMPANY_NUMBER,
                    PartyPart.ADDRESS_LINE, PartyPart.POSTCODE_TOWN, PartyPart.STREET, PartyPart.POSTCODE, PartyPart.TOWN));
            useParts(used, partIndex, Role.ONTDOENER, EnumSet.of(PartyPart.NAME, PartyPart.COMPANY_NUMBER, PartyPart.COUNTRY));
            useParts(used, partIndex, Role.HERKOMST, EnumSet.of(PartyPart.STREET, PartyPart.HOUSE_NUMBER,
                    PartyPart.HOUSE_ADDITION, PartyPart.POSTCODE, PartyPart.TOWN, PartyPart.NEARBY, PartyPart.COUNTRY));
        } else {
            useParts(used, partIndex, Role.ONTDOENER, PARTY_PARTS);
            if (layout == LmaLayout.RECEIPTS) useParts(used, partIndex, Role.HERKOMST, ORIGIN_PARTS);
            useParts(used, partIndex, processor, PARTY_PARTS);
        }
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.length; i++)
            if (!known.get(i) && !names[i].isEmpty() && !LmaColumns.isKnown(names[i])) unknown.add(names[i]);
        return new LmaHeader(layout, names, fieldIndex, partIndex, processor, used, unknown);
    }

    private static LmaLayout layoutOf(int[] fieldIndex, int[][] partIndex) {
        boolean eural = fieldIndex[LmaField.EURAL.ordinal()] >= 0;
        boolean weight = fieldIndex[LmaField.WEIGHT.ordinal()] >= 0;
        boolean period = fieldIndex[LmaField.YEAR.ordinal()] >= 0 || fieldIndex[LmaField.PERIOD.ordinal()] >= 0;
        if (eural && weight && period) return hasAny(partIndex, Role.EERSTE_AFNEMER) ? LmaLayout.DISPATCHES : LmaLayout.RECEIPTS;
        boolean stream = fieldIndex[LmaField.STREAM_NUMBER.ordinal()] >= 0;
        boolean register = hasAny(partIndex, Role.HERKOMST) || fieldIndex[LmaField.PROCESSOR_NUMBER.ordinal()] >= 0;
        if (eural && stream && register && !weight) return LmaLayout.STREAMS;
        return null;
    }

    private static boolean hasAny(int[][] partIndex, Role role) {
        for (int i : partIndex[role.ordinal()]) if (i >= 0) return true;
        return false;
    }

    private static void useParts(BitSet used, int[][] partIndex, Role role, Set<PartyPart> parts) {
        for (PartyPart p : parts) {
            int i = partIndex[role.ordinal()][p.ordinal()];
            if (i >= 0) used.set(i);
        }
    }

    /** Why a header that is not an LMA header was refused, naming the nearest miss. */
    static String whyNot(String[] header) {
        boolean eural = false, weight = false, period = false;
        for (String h : header) {
            LmaColumns.Target t = LmaColumns.lookup(h);
            if (t == null || t.field() == null) continue;
            eural |= t.field() == LmaField.EURAL;
            weight |= t.field() == LmaField.WEIGHT;
            period |= t.field() == LmaField.YEAR || t.field() == LmaField.PERIOD;
        }
        if (eural && weight && !period) return "it has EuralCode and Gewicht_KG but no period column (MeldPeriodeJAAR or PeriodeMelding)";
        if (eural && period && !weight) return "it has EuralCode and a period but no weight column (Gewicht_KG)";
        if (weight && period && !eural) return "it has Gewicht_KG and a period but no EuralCode column";
        if (eural || weight || period) return "it has only some of EuralCode, Gewicht_KG and a period column";
        return "no LMA columns recognised";
    }

    int index(LmaField f) {
        return fieldIndex[f.ordinal()];
    }

    int index(Role r, PartyPart p) {
        return partIndex[r.ordinal()][p.ordinal()];
    }

    boolean has(LmaField f) {
        return index(f) >= 0;
    }

    /** The header of a column as written, for reports. */
    String name(LmaField f) {
        int i = index(f);
        return i < 0 ? f.keys[0] : names[i];
    }

    String name(Role r, PartyPart p) {
        int i = index(r, p);
        return i < 0 ? "" : names[i];
    }
}
