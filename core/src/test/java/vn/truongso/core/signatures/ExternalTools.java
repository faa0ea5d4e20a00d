package vn.truongso.core.signatures;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Third-party validators the tests run: poppler's pdfsig and OpenSSL. A missing tool fails the test (it does not
 * skip it), saying what to install.
 */
public final class ExternalTools {
    private ExternalTools() {}

    public record Result(int exitCode, String output) {}

    public static Result pdfsig(Path pdf) {
        return run(List.of("pdfsig", pdf.toString()), "poppler-utils (apt-get install -y poppler-utils)");
    }

    public static Result openssl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        return run(command, "openssl (apt-get install -y openssl)");
    }

    private static Result run(List<String> command, String install) {
        if (!onPath(command.getFirst())) {
            fail(command.getFirst() + " is not installed; these tests check our signatures with it. Install "
                    + install);
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command.getFirst() + " did not finish");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail("cannot run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }
}
