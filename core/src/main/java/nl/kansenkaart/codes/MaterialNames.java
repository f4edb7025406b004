package nl.kansenkaart.codes;

import nl.kansenkaart.model.MaterialKey;

/** Human-readable names of materials for tables, labels and Sankey nodes. */
public final class MaterialNames {

    private MaterialNames() {}

    public static String nl(MaterialKey key) {
        if (key.isEural())
            return EuralList.get().find(key.code()).map(e -> e.display() + " " + e.descriptionNl()).orElse(key.code());
        return NamedResources.get().find(key.code()).map(NamedResource::nameNl).orElse(key.code());
    }

    public static String en(MaterialKey key) {
        if (key.isEural())
            return EuralList.get().find(key.code()).map(e -> e.display() + " " + e.descriptionEn()).orElse(key.code());
        return NamedResources.get().find(key.code()).map(NamedResource::nameEn).orElse(key.code());
    }
}
