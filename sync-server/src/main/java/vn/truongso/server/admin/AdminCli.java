package vn.truongso.server.admin;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.truongso.server.InvalidInputException;
import vn.truongso.server.config.ConfigException;

/**
 * The server's command line, in the server's own jar: {@code serve}, {@code school create|list},
 * {@code enrol-code create}, {@code devices list|revoke}, {@code signing …}, {@code verify FILE…}. Every command that
 * works on the database takes {@code --config FILE}. Exit codes: 0 done; 1 bad input (usage, configuration,
 * unknown school…), one line saying what; 2 a failure; 3 (verify) a file whose signatures are not all VALID.
 */
@Command(name = "truongso-server", mixinStandardHelpOptions = true, version = "Trường Số sync server",
        description = "Runs and administers the Trường Số sync server.",
        subcommands = {ServeCommand.class, SchoolCommand.class, EnrolCodeCommand.class, DevicesCommand.class,
                DemoCommand.class, StaffCommand.class, SnapshotCommand.class, TombstonesCommand.class,
                SigningCommand.class, VerifyCommand.class})
public final class AdminCli {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int FAILURE = 2;

    private AdminCli() {}

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command with its output and errors going to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(AdminCli.class);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("error: " + e.getMessage());
            err.println("(see " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof InvalidInputException || e instanceof ConfigException) {
                err.println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            err.println("failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return FAILURE;
        });
        // A command group run without a subcommand: say what it needs instead of doing nothing.
        commandLine.setExecutionStrategy(parseResult -> {
            CommandLine last = parseResult.asCommandLineList().getLast();
            if (last.getCommandSpec().userObject() instanceof Runnable
                    || last.getCommandSpec().userObject() instanceof java.util.concurrent.Callable<?>
                    || last.isUsageHelpRequested() || last.isVersionHelpRequested()) {
                return new CommandLine.RunLast().execute(parseResult);
            }
            err.println("error: " + last.getCommandSpec().qualifiedName() + " needs a subcommand");
            last.usage(err);
            return BAD_INPUT;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
