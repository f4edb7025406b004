package nl.kansenkaart.app;

import java.nio.file.Path;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.render.LayerStack;
import nl.kansenkaart.render.ProjectLayers;

/**
 * The project shown in the window: the open file (kept open for the steps that will write to it)
 * and its map layers, decoded once.
 */
final class OpenProject implements AutoCloseable {

    private final ProjectFile file;
    private final LayerStack layers;

    private OpenProject(ProjectFile file, LayerStack layers) {
        this.file = file;
        this.layers = layers;
    }

    /** Opens and reads a project; slow for large projects, so call it off the FX thread. */
    static OpenProject load(Path path) {
        ProjectFile file = ProjectFile.open(path);
        try {
            return new OpenProject(file, ProjectLayers.load(file));
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The open file: for jobs on the {@link ProjectWorker} thread only. */
    ProjectFile file() {
        return file;
    }

    String name() {
        return file.name();
    }

    /** The study region's name, or null when the project has none yet. */
    String region() {
        return file.meta("region");
    }

    Path path() {
        return file.path();
    }

    LayerStack layers() {
        return layers;
    }

    @Override
    public void close() {
        file.close();
    }
}
