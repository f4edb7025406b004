package nl.kansenkaart.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.scene.input.ScrollEvent;
import nl.kansenkaart.app.map.MapCanvas;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.project.Tables;
import nl.kansenkaart.render.MapViewport;
import nl.kansenkaart.render.SbiPalette;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir static Path dir;
    private static Path project;

    private MainWindow window;
    private Throwable openFailure;

    @Start
    void start(Stage stage) {
        if (project == null) project = SampleLikeProject.create(dir);
        window = TestWindows.show(stage);
        window.open(project, () -> { }, t -> openFailure = t);
    }

    @BeforeEach
    void waitForTheMap() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> openFailure != null || window.map().getViewport() != null);
        assertThat(openFailure).isNull();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheProjectLayersTopFirst(FxRobot robot) {
        assertThat(window.layerPanel().checkBoxes()).extracting(CheckBox::getId).containsExactly(
                "layer-companies", "layer-study_region", "layer-municipalities", "layer-provinces", "layer-basemap");
        assertThat(robot.lookup("#layer-companies").queryAs(CheckBox.class).getText()).isEqualTo("Bedrijven");
        assertThat(robot.lookup("#layer-municipalities").queryAs(CheckBox.class).getText()).isEqualTo("Gemeenten");
        assertThat(robot.lookup("#project-name").queryAs(Label.class).getText()).isEqualTo("Voorbeeld Noord-Holland");
        assertThat(robot.lookup("#status-companies").queryAs(Label.class).getText())
                .isEqualTo("5 bedrijven: 4 op adres, 1 op postcode, 0 niet op de kaart");
        // The whole region is in view.
        MapViewport v = window.map().getViewport();
        assertThat(v.extent().contains(SampleLikeProject.METAL.location().x(), SampleLikeProject.METAL.location().y())).isTrue();
        assertThat(v.extent().contains(SampleLikeProject.BAKERY.location().x(), SampleLikeProject.BAKERY.location().y())).isTrue();
    }

    @Test
    void untickingALayerTakesItOffTheMap(FxRobot robot) throws Exception {
        Company metal = SampleLikeProject.METAL;
        assertThat(colourAt(metal)).isEqualTo(fx(SbiPalette.of("C")));
        robot.clickOn("#layer-companies");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.map().layersProperty().get().get(Tables.COMPANIES).orElseThrow().isVisible()).isFalse();
        assertThat(colourAt(metal)).isNotEqualTo(fx(SbiPalette.of("C")));
        robot.clickOn("#layer-companies");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(colourAt(metal)).isEqualTo(fx(SbiPalette.of("C")));
    }

    @Test
    void zoomingChangesTheScale(FxRobot robot) {
        Label scale = robot.lookup("#status-scale").queryAs(Label.class);
        double before = window.map().getViewport().metresPerPixel();
        String scaleBefore = scale.getText();
        assertThat(scaleBefore).matches("Schaal 1:[0-9.]+");

        robot.clickOn("#zoom-in");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.map().getViewport().metresPerPixel()).isEqualTo(before / 2);
        assertThat(scale.getText()).isNotEqualTo(scaleBefore);

        robot.clickOn("#zoom-out");
        robot.clickOn("#zoom-out");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.map().getViewport().metresPerPixel()).isEqualTo(before * 2);

        robot.clickOn("#zoom-region");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.map().getViewport().metresPerPixel()).isEqualTo(before);
        assertThat(scale.getText()).isEqualTo(scaleBefore);
    }

    @Test
    void wheelZoomsAboutTheCursorAndDragPans(FxRobot robot) throws Exception {
        Company metal = SampleLikeProject.METAL;
        Point2D onScreen = screenPointOf(metal);
        robot.moveTo(onScreen);
        double before = window.map().getViewport().metresPerPixel();
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport zoomed = window.map().getViewport();
        // Three notches zoom by 1.5³ (the headless robot's wheel direction differs per platform).
        double ratio = before / zoomed.metresPerPixel();
        assertThat(Math.max(ratio, 1 / ratio)).isCloseTo(Math.pow(MapCanvas.WHEEL_ZOOM_PER_NOTCH, 3), within(1e-6));
        // The company stayed under the cursor (within a pixel).
        Point2D local = window.map().screenToLocal(onScreen);
        assertThat(zoomed.toScreenX(metal.location().x())).isCloseTo(local.getX(), within(1.0));
        assertThat(zoomed.toScreenY(metal.location().y())).isCloseTo(local.getY(), within(1.0));
        // The status bar names the company under the cursor and shows the RD coordinates.
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).startsWith("Metaalbewerking Westpoort");
        assertThat(robot.lookup("#status-cursor").queryAs(Label.class).getText()).startsWith("RD x 114.");

        robot.drag(onScreen, MouseButton.PRIMARY).moveBy(-150, 80);
        WaitForAsyncUtils.waitForFxEvents();
        // While dragging, the last picture is moved rather than redrawn.
        assertThat(window.map().isPictureCurrent()).isFalse();
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport panned = window.map().getViewport();
        assertThat(panned.metresPerPixel()).isEqualTo(zoomed.metresPerPixel());
        assertThat(panned.toScreenX(metal.location().x()) - zoomed.toScreenX(metal.location().x())).isCloseTo(-150, within(2.0));
        assertThat(panned.toScreenY(metal.location().y()) - zoomed.toScreenY(metal.location().y())).isCloseTo(80, within(2.0));
        // After the drop the map is redrawn for the new view, with the company at its new place.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.map().isPictureCurrent());
        assertThat(shownColourAt(metal)).isEqualTo(fx(SbiPalette.of("C")));

        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.map().getViewport().metresPerPixel()).isEqualTo(before);
    }

    @Test
    void wheelAwayFromTheUserZoomsIn() {
        double before = window.map().getViewport().metresPerPixel();
        // One notch as GTK and Windows report it: deltaY +40 with a multiplier of 40.
        ScrollEvent up = new ScrollEvent(ScrollEvent.SCROLL, 400, 300, 0, 0, false, false, false, false, false, false,
                0, 40, 0, 40, 40, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES, 3, 0, null);
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(window.map(), up));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.map().getViewport().metresPerPixel()).isCloseTo(before / MapCanvas.WHEEL_ZOOM_PER_NOTCH, within(1e-6));
    }

    @Test
    void switchesLanguageWhileRunning(FxRobot robot) {
        robot.clickOn("#lang-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#layer-companies").queryAs(CheckBox.class).getText()).isEqualTo("Companies");
        assertThat(robot.lookup("#zoom-region").queryAs(Button.class).getText()).isEqualTo("Zoom to region");
        assertThat(robot.lookup("#status-scale").queryAs(Label.class).getText()).matches("Scale 1:[0-9,]+");
        assertThat(robot.lookup("#status-companies").queryAs(Label.class).getText()).startsWith("5 companies");
        robot.clickOn("#lang-nl");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#layer-companies").queryAs(CheckBox.class).getText()).isEqualTo("Bedrijven");
    }

    private Point2D screenPointOf(Company c) {
        MapViewport v = window.map().getViewport();
        return window.map().localToScreen(v.toScreenX(c.location().x()), v.toScreenY(c.location().y()));
    }

    /** The colour the map shows at a company's location, after a repaint. */
    private Color colourAt(Company c) throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> {
            window.map().paintNow();
            return window.map().snapshot(null, null);
        }).get(10, TimeUnit.SECONDS);
        MapViewport v = window.map().getViewport();
        return img.getPixelReader().getColor((int) v.toScreenX(c.location().x()), (int) v.toScreenY(c.location().y()));
    }

    /** The colour on screen at a company's location, as last painted. */
    private Color shownColourAt(Company c) throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> window.map().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        MapViewport v = window.map().getViewport();
        return img.getPixelReader().getColor((int) v.toScreenX(c.location().x()), (int) v.toScreenY(c.location().y()));
    }

    private static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }
}
