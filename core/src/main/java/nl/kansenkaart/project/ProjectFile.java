package nl.kansenkaart.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import org.sqlite.SQLiteConfig;

/**
 * An open {@code *.kansenkaart} project: a GeoPackage with the Kansenkaart schema.
 * <p>Crash safety: the file uses SQLite's rollback journal with full sync, and every change goes
 * through {@link #transaction(SqlWork)}; a process killed mid-change leaves a hot journal that
 * SQLite rolls back on the next open. A new project is built in a temporary file and moved into
 * place, so a half-created project never appears under the user's name.
 */
public final class ProjectFile implements AutoCloseable {

    public static final String EXTENSION = ".kansenkaart";
    public static final String APP_ID = "kansenkaart";

    /** Bytes per database page of a new project. */
    static final int PAGE_SIZE = 16_384;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path path;
    private final Connection conn;
    private final GeoPackage gpkg;

    private ProjectFile(Path path, Connection conn) {
        this.path = path;
        this.conn = conn;
        this.gpkg = new GeoPackage(conn);
    }

    /** Creates a new, empty project; fails if the file exists. */
    public static ProjectFile create(Path path, String name) {
        Path abs = path.toAbsolutePath();
        if (Files.exists(abs)) throw new KansenkaartException(abs + " already exists; choose another name or delete it first");
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) throw new KansenkaartException("folder " + dir + " does not exist");
        Path tmp = abs.resolveSibling(abs.getFileName() + ".creating-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(tmp);
            try (Connection c = connect(tmp)) {
                // 16 KB pages (SQLite's default is 4 KB): a project holds bulk layers (a million LMA
                // rows, their streams with attributes), written faster and stored smaller in larger pages.
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA page_size = " + PAGE_SIZE);
                }
                c.setAutoCommit(false);
                GeoPackage g = new GeoPackage(c);
                g.initialise();
                for (Migration m : Schema.migrations()) m.apply(c, g);
                putMeta(c, "app", APP_ID);
                putMeta(c, "schema_version", Integer.toString(Schema.currentVersion()));
                putMeta(c, "name", name == null ? stripExtension(abs.getFileName().toString()) : name);
                putMeta(c, "created", GeoPackage.now());
                putMeta(c, "crs", "EPSG:28992");
                c.commit();
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs);
            }
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is harmless; the error below is what matters
            }
            throw new KansenkaartException("cannot create project " + abs + ": " + e.getMessage(), e);
        }
        return open(abs);
    }

    /**
     * Opens an existing project, migrating an older schema forward in one transaction. A file that
     * is not a Kansenkaart project, or has a newer schema, is refused before anything is written.
     */
    public static ProjectFile open(Path path) {
        Path abs = path.toAbsolutePath();
        if (!Files.isRegularFile(abs)) throw new KansenkaartException("project file " + abs + " does not exist");
        checkHeader(abs);
        Connection c = null;
        try {
            c = connect(abs);
            int version = readVersion(c, abs);
            if (version > Schema.currentVersion())
                throw new KansenkaartException(abs + " was made by a newer Kansenkaart (schema " + version
                        + ", this version reads up to " + Schema.currentVersion() + "); update Kansenkaart to open it");
            ProjectFile p = new ProjectFile(abs, c);
            if (version < Schema.currentVersion()) p.migrateFrom(version);
            return p;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new KansenkaartException("cannot open project " + abs + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Reads the SQLite and GeoPackage magic numbers from the raw bytes: no SQLite call can touch a foreign file. */
    private static void checkHeader(Path abs) {
        byte[] head = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(abs)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new KansenkaartException("cannot read " + abs + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < SQLITE_MAGIC.length; i++)
            if (n < 100 || head[i] != SQLITE_MAGIC[i])
                throw new KansenkaartException(abs + " is not a Kansenkaart project (not a GeoPackage/SQLite file)");
        int appId = ByteBuffer.wrap(head, 68, 4).getInt();
        if (appId != GeoPackage.APPLICATION_ID)
            throw new KansenkaartException(abs + " is not a Kansenkaart project (an SQLite file, but not a GeoPackage)");
    }

    private static int readVersion(Connection c, Path abs) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type='table' AND name='" + Tables.META + "'")) {
            if (!rs.next()) throw new KansenkaartException(abs + " is a GeoPackage but not a Kansenkaart project (no " + Tables.META + " table)");
        }
        String app = getMeta(c, "app");
        if (!APP_ID.equals(app)) throw new KansenkaartException(abs + " is a GeoPackage but not a Kansenkaart project");
        String v = getMeta(c, "schema_version");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException | NullPointerException e) {
            throw new KansenkaartException(abs + " has no valid schema version ('" + v + "')");
        }
    }

    private void migrateFrom(int version) {
        transaction(c -> {
            for (Migration m : Schema.migrations()) {
                if (m.toVersion() <= version) continue;
                m.apply(c, gpkg);
                putMeta(c, "schema_version", Integer.toString(m.toVersion()));
            }
            return null;
        });
    }

    static Connection connect(Path file) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(10_000);
        cfg.setCacheSize(-65_536); // 64 MB page cache: bulk imports touch many pages
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, cfg.toProperties());
        GeoPackage.registerFunctions(c);
        return c;
    }

    public Path path() {
        return path;
    }

    /** The connection, for the stores of this package and for read queries. Writes go through {@link #transaction}. */
    public Connection connection() {
        return conn;
    }

    public GeoPackage geoPackage() {
        return gpkg;
    }

    public String name() {
        return meta("name");
    }

    public int schemaVersion() {
        return Integer.parseInt(meta("schema_version"));
    }

    /** Runs {@code work} as one transaction: all of it is stored, or none of it. */
    public synchronized <T> T transaction(SqlWork<T> work) {
        try {
            conn.setAutoCommit(false);
            try {
                T result = work.run(conn);
                conn.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new KansenkaartException("project " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public String meta(String key) {
        try {
            return getMeta(conn, key);
        } catch (SQLException e) {
            throw new KansenkaartException("project " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public void setMeta(String key, String value) {
        transaction(c -> {
            putMeta(c, key, value);
            return null;
        });
    }

    static String getMeta(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM " + Tables.META + " WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void putMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO " + Tables.META + " (key, value) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** Registered GeoPackage layers (feature and attribute tables). */
    public List<GeoPackage.Layer> layers() {
        try {
            return gpkg.layers();
        } catch (SQLException e) {
            throw new KansenkaartException("project " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Number of rows in a table of this project. */
    public long count(String table) {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new KansenkaartException("project " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(conn);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more to do on close
        }
    }

    private static String stripExtension(String fileName) {
        return fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
    }
}
