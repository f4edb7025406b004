package nl.kansenkaart.render;

import org.locationtech.jts.geom.Envelope;

/**
 * What every map layer has besides its drawing: a stable id, a title from {@link MapText}, a
 * visibility switch, its extent, and the source to credit.
 */
abstract class BaseMapLayer implements MapLayer {

    private final String id;
    private final String titleKey;
    private final String attribution;
    /** Grown by the subclass while it reads its features. */
    protected final Envelope extent = new Envelope();
    private volatile boolean visible = true;

    protected BaseMapLayer(String id, String titleKey, String attribution) {
        this.id = id;
        this.titleKey = titleKey;
        this.attribution = attribution;
    }

    protected BaseMapLayer(String id, String titleKey) {
        this(id, titleKey, null);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(MapText text) {
        return text.get(titleKey);
    }

    @Override
    public boolean isVisible() {
        return visible;
    }

    @Override
    public void setVisible(boolean visible) {
        this.visible = visible;
    }

    @Override
    public Envelope extent() {
        return new Envelope(extent);
    }

    @Override
    public String attribution() {
        return attribution;
    }
}
