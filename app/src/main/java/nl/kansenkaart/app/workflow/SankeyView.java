package nl.kansenkaart.app.workflow;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import nl.kansenkaart.render.SankeyPainter;
import nl.kansenkaart.sankey.SankeyPick;
import org.jfree.fx.FXGraphics2D;

/**
 * Core's {@link SankeyPainter} on a canvas that fills the view: redrawn when resized; a click picks
 * the node or band under the mouse (a click on nothing clears the pick).
 */
public final class SankeyView extends Region {

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
    private SankeyPainter painter;
    private Consumer<SankeyPick> onPick = p -> { };
    private Consumer<Optional<SankeyPick>> onHover = p -> { };

    SankeyView() {
        setId("sankey");
        getStyleClass().add("sankey-view");
        canvas.setManaged(false);
        getChildren().add(canvas);
        setMinSize(200, 120);
        canvas.setOnMouseClicked(e -> {
            if (painter == null || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
            SankeyPick pick = painter.hit(e.getX(), e.getY()).orElse(null);
            painter.setPick(pick);
            paint();
            onPick.accept(pick);
        });
        canvas.setOnMouseMoved(e -> onHover.accept(painter == null ? Optional.empty() : painter.hit(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> onHover.accept(Optional.empty()));
    }

    void setPainter(SankeyPainter p) {
        this.painter = p;
        paint();
    }

    /** What is drawn, or null while the diagram loads. */
    public SankeyPainter painter() {
        return painter;
    }

    void setOnPick(Consumer<SankeyPick> onPick) {
        this.onPick = onPick;
    }

    void setOnHover(Consumer<Optional<SankeyPick>> onHover) {
        this.onHover = onHover;
    }

    void paint() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        var gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (painter == null || w < 1 || h < 1) return;
        painter.draw(g2, w, h);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth()), h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint();
        }
    }
}
