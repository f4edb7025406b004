package nl.kansenkaart.io.companies;

import java.util.List;
import nl.kansenkaart.geo.AreaIndex;
import nl.kansenkaart.geo.DutchBoundaries;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.AreaLevel;
import nl.kansenkaart.project.AreaStore;
import nl.kansenkaart.project.ProjectFile;

/**
 * The municipality a point lies in: the project's own municipality boundaries first (an analyst may
 * have imported newer ones), the shipped CBS 2023 boundaries of the whole country for points
 * outside them.
 */
final class MunicipalityFinder {

    private final AreaIndex project;
    private final AreaIndex national;

    MunicipalityFinder(ProjectFile p) {
        List<Area> own = new AreaStore(p).read(AreaLevel.MUNICIPALITY);
        this.project = own.isEmpty() ? null : new AreaIndex(own);
        this.national = new AreaIndex(DutchBoundaries.get().municipalities());
    }

    String codeAt(double x, double y) {
        Area a = project == null ? null : project.locate(x, y);
        if (a == null) a = national.locate(x, y);
        return a == null ? null : a.code();
    }
}
