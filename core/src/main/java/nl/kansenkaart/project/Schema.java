package nl.kansenkaart.project;

import java.util.List;

/** The ordered list of migrations; the last one's version is the current schema version. */
public final class Schema {

    private static final List<Migration> MIGRATIONS = List.of(new SchemaV1(), new SchemaV2(), new SchemaV3(), new SchemaV4());

    private Schema() {}

    public static List<Migration> migrations() {
        return MIGRATIONS;
    }

    public static int currentVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).toVersion();
    }
}
