package vn.truongso.app.common;

import javafx.scene.Parent;

/**
 * A screen or part of one. Listeners that reach outside the view (view-model properties, the scene) are added in
 * {@link #activate()} and removed in {@link #deactivate()}, so a screen that is switched away holds no listeners and
 * can be garbage collected.
 */
public interface View {
    Parent root();

    default void activate() {}

    default void deactivate() {}
}
