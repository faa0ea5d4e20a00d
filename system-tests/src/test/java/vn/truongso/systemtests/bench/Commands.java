package vn.truongso.systemtests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the few system commands the poor-line benchmark needs ({@code ip}, {@code tc}, {@code nft}) and checks them. */
final class Commands {
    private Commands() {}

    /** Runs {@code command}; a non-zero exit fails with the command's own error output. Returns its standard output. */
    static String run(String... command) {
        return runWithInput(null, command);
    }

    /** As {@link #run(String...)}, with {@code input} written to the command's standard input (for {@code nft -f -}). */
    static String runWithInput(String input, String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " cannot be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    /** Runs {@code command} and ignores its failure: for clean-up, where the thing may already be gone. */
    static void quietly(String... command) {
        try {
            new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // nothing to clean, or no way to: the caller goes on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
