package nl.kansenkaart.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class MapViewportTest {

    /** Noord-Holland, roughly, in RD New. */
    private static final Envelope NOORD_HOLLAND = new Envelope(94_000, 155_000, 466_000, 576_000);

    @Test
    void screenAndWorldAreInverse() {
        MapViewport vp = new MapViewport(121_000, 487_000, 25, 1600, 1000);
        assertThat(vp.toScreenX(121_000)).isEqualTo(800.0);
        assertThat(vp.toScreenY(487_000)).isEqualTo(500.0);
        // North is up: a larger RD y is higher on screen, a smaller pixel row.
        assertThat(vp.toScreenY(487_250)).isEqualTo(490.0);
        assertThat(vp.toScreenX(121_250)).isEqualTo(810.0);
        assertThat(vp.toWorldX(vp.toScreenX(123_456.7))).isCloseTo(123_456.7, within(1e-6));
        assertThat(vp.toWorldY(vp.toScreenY(501_234.5))).isCloseTo(501_234.5, within(1e-6));
    }

    @Test
    void affineTransformAgreesWithThePointConversion() {
        MapViewport vp = new MapViewport(121_000, 487_000, 7.5, 900, 700);
        Point2D p = vp.worldToScreen().transform(new Point2D.Double(118_000, 490_500), null);
        assertThat(p.getX()).isCloseTo(vp.toScreenX(118_000), within(1e-9));
        assertThat(p.getY()).isCloseTo(vp.toScreenY(490_500), within(1e-9));
    }

    @Test
    void fitShowsTheWholeExtentInsideTheMargin() {
        MapViewport vp = MapViewport.fit(NOORD_HOLLAND, 1600, 1000, 20);
        // Taller than wide: the height decides, with exactly the margin at top and bottom.
        assertThat(vp.metresPerPixel()).isCloseTo(110_000 / 960.0, within(1e-9));
        assertThat(vp.toScreenY(NOORD_HOLLAND.getMaxY())).isCloseTo(20, within(1e-6));
        assertThat(vp.toScreenY(NOORD_HOLLAND.getMinY())).isCloseTo(980, within(1e-6));
        assertThat(vp.toScreenX(NOORD_HOLLAND.getMinX())).isBetween(20.0, 800.0);
        assertThat(vp.toScreenX(NOORD_HOLLAND.getMaxX())).isBetween(800.0, 1580.0);
        assertThat(vp.extent().contains(NOORD_HOLLAND)).isTrue();
    }

    @Test
    void fitOfASinglePointShowsItsSurroundings() {
        MapViewport vp = MapViewport.fit(new Envelope(121_000, 121_000, 487_000, 487_000), 500, 500, 0);
        assertThat(vp.extent().getWidth()).isCloseTo(1_000, within(1e-6));
    }

    @Test
    void zoomAboutTheCursorKeepsThePointUnderItInPlace() {
        MapViewport vp = new MapViewport(121_000, 487_000, 40, 1200, 800);
        double wx = vp.toWorldX(300), wy = vp.toWorldY(650);
        MapViewport in = vp.zoomAbout(2, 300, 650);
        assertThat(in.metresPerPixel()).isEqualTo(20.0);
        assertThat(in.toScreenX(wx)).isCloseTo(300, within(1e-6));
        assertThat(in.toScreenY(wy)).isCloseTo(650, within(1e-6));
        MapViewport back = in.zoomAbout(0.5, 300, 650);
        assertThat(back.centreX()).isCloseTo(vp.centreX(), within(1e-6));
        assertThat(back.centreY()).isCloseTo(vp.centreY(), within(1e-6));
    }

    @Test
    void zoomStopsAtTheLimits() {
        MapViewport vp = new MapViewport(121_000, 487_000, 1, 100, 100);
        assertThat(vp.zoom(1e6).metresPerPixel()).isEqualTo(MapViewport.MIN_METRES_PER_PIXEL);
        assertThat(vp.zoom(1e-9).metresPerPixel()).isEqualTo(MapViewport.MAX_METRES_PER_PIXEL);
    }

    @Test
    void panMovesTheContentWithTheDrag() {
        MapViewport vp = new MapViewport(121_000, 487_000, 10, 800, 600);
        double wx = vp.toWorldX(100), wy = vp.toWorldY(100);
        MapViewport moved = vp.pan(30, -12);
        assertThat(moved.toScreenX(wx)).isCloseTo(130, within(1e-9));
        assertThat(moved.toScreenY(wy)).isCloseTo(88, within(1e-9));
        assertThat(moved.metresPerPixel()).isEqualTo(10.0);
    }

    @Test
    void resizeKeepsCentreAndScale() {
        MapViewport vp = new MapViewport(121_000, 487_000, 10, 800, 600).resize(1000, 300);
        assertThat(vp.centreX()).isEqualTo(121_000.0);
        assertThat(vp.metresPerPixel()).isEqualTo(10.0);
        assertThat(vp.extent().getWidth()).isEqualTo(10_000.0);
    }

    @Test
    void scaleIsComputedForA96DpiScreen() {
        // 1 pixel = 0.2646 mm; 1 m per pixel is 1:3,780.
        assertThat(new MapViewport(0, 0, 1, 10, 10).scaleDenominator()).isCloseTo(3779.53, within(0.01));
        assertThat(new MapViewport(0, 0, 100, 10, 10).scaleDenominator()).isCloseTo(377_952.8, within(0.1));
    }

    @Test
    void scaleBarLengthsAreRound() {
        assertThat(ScaleBar.niceLength(10, 200)).isEqualTo(2_000.0);
        assertThat(ScaleBar.niceLength(3, 100)).isEqualTo(200.0);
        assertThat(ScaleBar.niceLength(110, 200)).isEqualTo(20_000.0);
        assertThat(ScaleBar.niceLength(0.25, 200)).isEqualTo(50.0);
        assertThat(ScaleBar.format(20_000)).isEqualTo("20 km");
        assertThat(ScaleBar.format(500)).isEqualTo("500 m");
    }
}
