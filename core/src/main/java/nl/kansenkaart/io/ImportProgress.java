package nl.kansenkaart.io;

/**
 * Progress reporting and cancellation for long imports. Importers call {@link #update} now and
 * then and check {@link #isCancelled()}; on cancel they throw {@link ImportCancelledException}
 * so the import's transaction rolls back and the project is unchanged.
 */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(long done, long total, long rows) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param done bytes (or rows) processed; @param total the same in total, -1 if unknown */
    void update(long done, long total, long rows);

    boolean isCancelled();
}
