package io.raftctl.cli.commands;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The command a line names: its first word after raftctl's global options ({@code -c FILE}, {@code -o FORMAT},
 * {@code --verbose}). Empty whenever the line is anything else (no command, help or version options, an
 * option it does not know, a global option whose value is a command's name): that line then gets the whole
 * model, so picocli parses and reports it exactly as always.
 */
final class CommandWord {

    private CommandWord() {
    }

    /** Whether the line asks for the version only ({@code -V}, {@code --version}), which needs no command. */
    static boolean versionOnly(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-V") || arg.equals("--version")) return i == args.size() - 1;
            if (GlobalOptions.FLAGS.contains(arg) || hasAttachedValue(arg)) continue;
            if (!GlobalOptions.WITH_VALUE.contains(arg)) return false;
            i++;
        }
        return false;
    }

    static Optional<String> of(List<String> args, Predicate<String> isCommand) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-")) return isCommand.test(arg) ? Optional.of(arg) : Optional.empty();
            if (GlobalOptions.FLAGS.contains(arg) || hasAttachedValue(arg)) continue;
            if (!GlobalOptions.WITH_VALUE.contains(arg) || i + 1 >= args.size()) return Optional.empty();
            // picocli refuses a command's name as an option's value only when it knows that command.
            if (isCommand.test(args.get(++i))) return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code --config=FILE}, {@code -cFILE}, {@code -ojson}, {@code -o=json}. */
    private static boolean hasAttachedValue(String arg) {
        if (arg.startsWith("--")) return arg.startsWith(GlobalOptions.CONFIG + "=") || arg.startsWith(GlobalOptions.OUTPUT + "=");
        return arg.length() > 2 && (arg.startsWith(GlobalOptions.CONFIG_SHORT) || arg.startsWith(GlobalOptions.OUTPUT_SHORT));
    }
}
