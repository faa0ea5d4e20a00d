package vn.truongso.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * PNG screenshots of a node, for people to look at. Written with the JDK's ImageIO (javafx-swing, whose SwingFXUtils
 * would do the copy, is not a dependency): the snapshot's ARGB pixels go into a BufferedImage.
 */
final class Screenshots {
    private Screenshots() {}

    static Path folder() {
        return Path.of(System.getProperty("truongso.screenshots", "target/screenshots"));
    }

    static Path save(Node node, String name) {
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            buffered.setRGB(0, 0, width, height, argb, 0, width);
            Files.createDirectories(folder());
            Path file = folder().resolve(name);
            ImageIO.write(buffered, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("snapshot of " + name + " failed", e);
        }
    }
}
