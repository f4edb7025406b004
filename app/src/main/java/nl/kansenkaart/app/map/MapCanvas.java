package nl.kansenkaart.app.map;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import java.util.function.Consumer;
import nl.kansenkaart.render.LabelPlacer;
import nl.kansenkaart.render.LayerStack;
import nl.kansenkaart.render.MapLayer;
import nl.kansenkaart.render.MapRenderer;
import nl.kansenkaart.render.MapText;
import nl.kansenkaart.render.MapViewport;
import nl.kansenkaart.render.RenderOptions;
import org.jfree.fx.FXGraphics2D;
import org.locationtech.jts.geom.Envelope;

/**
 * The map on screen: core's {@link MapRenderer} drawn onto a JavaFX canvas through FXGraphics2D.
 * Drag pans, the wheel zooms about the cursor, arrow keys pan when the map has focus. Repaints
 * are coalesced to at most one per frame, and while dragging the last picture is only moved
 * (a full repaint of thousands of symbols takes tens of milliseconds in software rendering); the
 * map is redrawn when the mouse is released.
 */
public final class MapCanvas extends Region {

    /** Zoom step of the buttons and keys: twice as close, as in QGIS. */
    public static final double ZOOM_STEP = 2;
    /** Zoom per wheel notch, away from the user = closer; touchpads send fractions of a notch and zoom smoothly. */
    public static final double WHEEL_ZOOM_PER_NOTCH = 1.5;
    private static final int FIT_MARGIN_PX = 24;

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
    private final ObjectProperty<LayerStack> layers = new SimpleObjectProperty<>();
    private final ObjectProperty<MapText> mapText = new SimpleObjectProperty<>(MapText.dutch());
    private final ObjectProperty<MapLayer> overlay = new SimpleObjectProperty<>();
    private Consumer<Point2D> onMapClicked = p -> { };
    private final ReadOnlyObjectWrapper<MapViewport> viewport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Point2D> cursorWorld = new ReadOnlyObjectWrapper<>();
    private final AnimationTimer painter = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            paintNow();
        }
    };
    private double dragX, dragY;
    /** Set while layers are replaced by a fresh read of the same project: the view stays where it is. */
    private boolean keepView;
    private boolean dragging;
    /** The viewport of the picture on the canvas, or null before the first paint. */
    private MapViewport painted;

    public MapCanvas() {
        getStyleClass().add("map-canvas");
        setId("map");
        canvas.setManaged(false); // its size follows the region, never the other way round
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(100, 100);
        layers.addListener((obs, old, now) -> {
            if (!keepView) viewport.set(null); // a new project: fit its region at the next layout
            requestLayout();
            repaint();
        });
        mapText.addListener((obs, old, now) -> repaint());
        overlay.addListener((obs, old, now) -> repaint());
        viewport.addListener((obs, old, now) -> {
            if (dragging && canShift(now)) shiftPicture(now);
            else repaint();
        });
        // The picture moves over the region while dragging; nothing may show outside the map.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(e -> {
            dragging = false;
            setCursor(Cursor.DEFAULT);
            if (canvas.getTranslateX() != 0 || canvas.getTranslateY() != 0) repaint();
        });
        setOnMouseClicked(e -> {
            // A click, not the end of a drag: what lies there is chosen.
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && viewport.get() != null)
                onMapClicked.accept(toWorld(e.getX(), e.getY()));
        });
        setOnMouseMoved(e -> cursorWorld.set(toWorld(e.getX(), e.getY())));
        setOnMouseExited(e -> cursorWorld.set(null));
        setOnScroll(this::scrolled);
        setOnKeyPressed(this::keyPressed);
    }

    public ObjectProperty<LayerStack> layersProperty() {
        return layers;
    }

    public ObjectProperty<MapText> mapTextProperty() {
        return mapText;
    }

    /** The same project's layers read again (after an import or a step): the analyst keeps the view. */
    public void replaceLayers(LayerStack stack) {
        keepView = viewport.get() != null;
        try {
            layers.set(stack);
        } finally {
            keepView = false;
        }
    }

    /** Drawn over the map and not part of its layers: what the analyst has chosen (highlighted companies). */
    public ObjectProperty<MapLayer> overlayProperty() {
        return overlay;
    }

    /** Called with the RD New point of a click on the map (not of a drag). */
    public void setOnMapClicked(Consumer<Point2D> handler) {
        this.onMapClicked = handler == null ? p -> { } : handler;
    }

    /** Shows an area (a cluster, the companies of a selection) with some room around it, never closer than {@code minMetresPerPixel}. */
    public void zoomTo(Envelope area, double minMetresPerPixel) {
        if (area == null || area.isNull() || getWidth() < 1 || getHeight() < 1) return;
        MapViewport fit = MapViewport.fit(area, (int) getWidth(), (int) getHeight(), 3 * FIT_MARGIN_PX);
        if (fit.metresPerPixel() < minMetresPerPixel) fit = fit.zoom(fit.metresPerPixel() / minMetresPerPixel);
        viewport.set(fit);
    }

    /** What is shown; null until there is a project and a size. */
    public ReadOnlyObjectProperty<MapViewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public MapViewport getViewport() {
        return viewport.get();
    }

    /** The RD New point under the mouse, or null when the mouse is not over the map. */
    public ReadOnlyObjectProperty<Point2D> cursorWorldProperty() {
        return cursorWorld.getReadOnlyProperty();
    }

    /** Whether the picture shows the current viewport; false while a dragged picture waits to be redrawn. */
    public boolean isPictureCurrent() {
        return painted != null && painted.equals(viewport.get()) && canvas.getTranslateX() == 0 && canvas.getTranslateY() == 0;
    }

    public void zoomIn() {
        if (viewport.get() != null) viewport.set(viewport.get().zoom(ZOOM_STEP));
    }

    public void zoomOut() {
        if (viewport.get() != null) viewport.set(viewport.get().zoom(1 / ZOOM_STEP));
    }

    /** Shows the whole study region. */
    public void zoomToRegion() {
        LayerStack l = layers.get();
        if (l == null || getWidth() < 1 || getHeight() < 1) return;
        Envelope region = l.regionExtent();
        if (!region.isNull()) viewport.set(MapViewport.fit(region, (int) getWidth(), (int) getHeight(), FIT_MARGIN_PX));
    }

    /** Moves the map by a fraction of its size (arrow keys). */
    public void panBy(double fractionX, double fractionY) {
        MapViewport v = viewport.get();
        if (v != null) viewport.set(v.pan(fractionX * v.width(), fractionY * v.height()));
    }

    /** Schedules a repaint at the next frame; several requests in one frame paint once. */
    public void repaint() {
        painter.start();
    }

    /** Paints immediately (for snapshots and tests that must not wait for a frame). */
    public void paintNow() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        var gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        canvas.setTranslateX(0);
        canvas.setTranslateY(0);
        MapViewport v = viewport.get();
        painted = v;
        if (layers.get() == null || v == null) {
            gc.setFill(javafx.scene.paint.Color.rgb(RenderOptions.BACKGROUND.getRed(), RenderOptions.BACKGROUND.getGreen(),
                    RenderOptions.BACKGROUND.getBlue()));
            gc.fillRect(0, 0, w, h);
            return;
        }
        new MapRenderer(layers.get(), RenderOptions.screen(mapText.get())).draw(g2, v);
        MapLayer top = overlay.get();
        if (top != null && top.isVisible()) top.draw(g2, v, new LabelPlacer(v.width(), v.height()));
    }

    @Override
    protected void layoutChildren() {
        int w = (int) Math.floor(getWidth()), h = (int) Math.floor(getHeight());
        if (w < 1 || h < 1) return;
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
        MapViewport v = viewport.get();
        if (v == null) zoomToRegion();
        else if (v.width() != w || v.height() != h) viewport.set(v.resize(w, h));
    }

    /** Whether the picture on the canvas can stand in for {@code v} by moving it: same scale and size. */
    private boolean canShift(MapViewport v) {
        return v != null && painted != null && layers.get() != null && v.metresPerPixel() == painted.metresPerPixel()
                && v.width() == painted.width() && v.height() == painted.height();
    }

    private void shiftPicture(MapViewport v) {
        canvas.setTranslateX((painted.centreX() - v.centreX()) / v.metresPerPixel());
        canvas.setTranslateY((v.centreY() - painted.centreY()) / v.metresPerPixel());
    }

    private Point2D toWorld(double px, double py) {
        MapViewport v = viewport.get();
        return v == null ? null : new Point2D(v.toWorldX(px), v.toWorldY(py));
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) return;
        dragX = e.getX();
        dragY = e.getY();
        dragging = true;
    }

    private void dragged(MouseEvent e) {
        cursorWorld.set(toWorld(e.getX(), e.getY()));
        if (!dragging || viewport.get() == null) return;
        setCursor(Cursor.CLOSED_HAND);
        viewport.set(viewport.get().pan(e.getX() - dragX, e.getY() - dragY));
        dragX = e.getX();
        dragY = e.getY();
    }

    private void scrolled(ScrollEvent e) {
        MapViewport v = viewport.get();
        if (v == null || e.getDeltaY() == 0) return;
        // deltaY is notches × the platform's multiplier (40 pixels on Windows and GTK).
        double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
        double factor = Math.pow(WHEEL_ZOOM_PER_NOTCH, notches);
        viewport.set(v.zoomAbout(factor, e.getX(), e.getY()));
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> panBy(0.125, 0);
            case RIGHT -> panBy(-0.125, 0);
            case UP -> panBy(0, 0.125);
            case DOWN -> panBy(0, -0.125);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
