package nl.kansenkaart.resources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kansenkaart.KansenkaartException;

/** The key figures of a project, checked against the cluster list. */
public final class KeyFigureTable {

    private final List<KeyFigure> figures;

    public KeyFigureTable(List<KeyFigure> figures) {
        Set<String> ids = new HashSet<>();
        for (KeyFigure f : figures)
            if (!ids.add(f.id())) throw new KansenkaartException("key figure '" + f.id() + "' appears twice");
        this.figures = List.copyOf(figures);
    }

    public List<KeyFigure> all() {
        return figures;
    }

    /** Fails with a clear message when a figure names a cluster the project does not have. */
    public void checkClusters(Collection<String> clusterIds) {
        for (KeyFigure f : figures)
            if (!clusterIds.contains(f.clusterId()))
                throw new KansenkaartException("key figure '" + f.id() + "' names cluster '" + f.clusterId()
                        + "', which is not in the sector cluster table");
    }

    /** The figures that apply to one establishment. */
    public List<KeyFigure> applicable(String clusterId, String sbi, String nameKey) {
        List<KeyFigure> out = new ArrayList<>();
        for (KeyFigure f : figures) if (f.appliesTo(clusterId, sbi, nameKey)) out.add(f);
        return out;
    }
}
