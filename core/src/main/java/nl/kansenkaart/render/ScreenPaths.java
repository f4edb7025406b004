package nl.kansenkaart.render;

import java.awt.geom.Path2D;
import java.util.List;

/**
 * Turns world rings into screen paths for one viewport, dropping detail the eye cannot see:
 * vertices less than half a pixel from the previous kept one, and whole rings (islets, holes)
 * smaller than a pixel. At region scale this removes most vertices of detailed boundaries.
 */
final class ScreenPaths {

    private static final double MIN_STEP_PX = 0.5;
    private static final double MIN_RING_PX = 1.0;

    private ScreenPaths() {}

    /** A path of all {@code rings} (exteriors and holes, even-odd filled), or null when nothing is visible at this scale. */
    static Path2D polygon(List<double[]> rings, MapViewport vp) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        boolean any = false;
        double[] buf = new double[64];
        for (double[] ring : rings) {
            int n = ring.length / 2;
            if (buf.length < ring.length) buf = new double[ring.length];
            int kept = 0;
            double lastX = Double.NaN, lastY = Double.NaN;
            double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                double sx = vp.toScreenX(ring[2 * i]), sy = vp.toScreenY(ring[2 * i + 1]);
                if (kept > 0 && Math.abs(sx - lastX) < MIN_STEP_PX && Math.abs(sy - lastY) < MIN_STEP_PX) continue;
                buf[2 * kept] = sx;
                buf[2 * kept + 1] = sy;
                kept++;
                lastX = sx;
                lastY = sy;
                minX = Math.min(minX, sx);
                maxX = Math.max(maxX, sx);
                minY = Math.min(minY, sy);
                maxY = Math.max(maxY, sy);
            }
            if (kept < 3 || (maxX - minX < MIN_RING_PX && maxY - minY < MIN_RING_PX)) continue;
            path.moveTo(buf[0], buf[1]);
            for (int i = 1; i < kept; i++) path.lineTo(buf[2 * i], buf[2 * i + 1]);
            path.closePath();
            any = true;
        }
        return any ? path : null;
    }

    /** Number of vertices a path holds (for tests and the bench: how much the simplification saves). */
    static int vertexCount(Path2D path) {
        int n = 0;
        for (var it = path.getPathIterator(null); !it.isDone(); it.next()) n++;
        return n;
    }
}
