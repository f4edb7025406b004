package nl.kansenkaart.project;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One forward step of the project schema. Migrations run in order, all pending ones in a single
 * transaction when a project is opened, so an interrupted upgrade leaves the old version intact.
 */
public interface Migration {

    /** The schema version this migration produces (1, 2, ...). */
    int toVersion();

    String description();

    void apply(Connection conn, GeoPackage gpkg) throws SQLException;
}
