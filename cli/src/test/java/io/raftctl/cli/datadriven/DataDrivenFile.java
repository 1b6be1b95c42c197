package io.raftctl.cli.datadriven;

import java.util.ArrayList;
import java.util.List;

/**
 * A data-driven test file, parsed: blocks of command lines, each followed by {@code ----} and the output the
 * lines are expected to print (the format of cockroachdb's datadriven package and etcd-io/raft's
 * {@code testdata/*.txt}). See {@link DataDrivenTest} for the format and what a block prints.
 *
 * <p>Parsing and {@link #write writing} back are exact inverses: a file written with every block's expected
 * output unchanged is the file that was read, byte for byte, so that rewrite mode changes only outputs.
 */
final class DataDrivenFile {

    /** Separates a block's command lines from its expected output; twice, it delimits an output with blank lines. */
    static final String SEPARATOR = "----";

    /**
     * One block.
     *
     * @param preamble  the comment and blank lines before the command lines, kept as they are
     * @param commands  the command lines (comments among them are kept and skipped when the block runs)
     * @param expected  the expected output, every line ending in a newline; empty for none
     * @param firstLine 1-based line number of the first command line
     * @param expectedLine 1-based line number of the expected output's first line (where it would be, if empty)
     * @param separated whether a blank line followed the block (it separates blocks; kept on writing)
     */
    record Block(List<String> preamble, List<String> commands, String expected, int firstLine, int expectedLine,
                 boolean separated) {

        Block {
            preamble = List.copyOf(preamble);
            commands = List.copyOf(commands);
        }

        /** The lines that run: neither blank nor comments. */
        List<String> lines() {
            return commands.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }

        /** 1-based line number of the {@code ----} line. */
        int separatorLine() {
            return firstLine + commands.size();
        }
    }

    private final String name;
    private final List<Block> blocks;
    private final List<String> trailer;

    private DataDrivenFile(String name, List<Block> blocks, List<String> trailer) {
        this.name = name;
        this.blocks = List.copyOf(blocks);
        this.trailer = List.copyOf(trailer);
    }

    String name() {
        return name;
    }

    List<Block> blocks() {
        return blocks;
    }

    /**
     * @param name how failures name the file
     * @param text the file's contents
     * @throws IllegalArgumentException naming the file and line, for a block without {@code ----} or an output
     *                                  whose closing {@code ----}/{@code ----} pair is missing
     */
    static DataDrivenFile parse(String name, String text) {
        List<String> lines = splitLines(text);
        List<Block> blocks = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (isCommentOrBlank(line)) {
                pending.add(line);
                i++;
                continue;
            }
            int first = i;
            List<String> commands = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).equals(SEPARATOR)) {
                if (lines.get(i).isBlank()) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": a blank line among command lines;"
                            + " every block needs a '" + SEPARATOR + "' line after its commands (the block began on line "
                            + (first + 1) + ")");
                }
                commands.add(lines.get(i));
                i++;
            }
            if (i == lines.size()) {
                throw new IllegalArgumentException(name + ":" + (first + 1) + ": the block has no '" + SEPARATOR
                        + "' line after its commands");
            }
            i++; // the separator
            StringBuilder expected = new StringBuilder();
            int expectedLine = i + 1;
            if (i < lines.size() && lines.get(i).equals(SEPARATOR)) {
                expectedLine++;
                // Long form: the output may hold blank lines and ends at a ---- line followed by another.
                int opened = i;
                i++;
                while (true) {
                    if (i >= lines.size()) {
                        throw new IllegalArgumentException(name + ":" + (opened + 1) + ": the output opened by '"
                                + SEPARATOR + "' twice is not closed by '" + SEPARATOR + "' twice");
                    }
                    if (lines.get(i).equals(SEPARATOR) && i + 1 < lines.size() && lines.get(i + 1).equals(SEPARATOR)) {
                        i += 2;
                        break;
                    }
                    expected.append(lines.get(i)).append('\n');
                    i++;
                }
            } else {
                while (i < lines.size() && !lines.get(i).isEmpty()) {
                    expected.append(lines.get(i)).append('\n');
                    i++;
                }
            }
            boolean separated = i < lines.size() && lines.get(i).isEmpty();
            if (separated) i++;
            blocks.add(new Block(pending, commands, expected.toString(), first + 1, expectedLine, separated));
            pending = new ArrayList<>();
        }
        return new DataDrivenFile(name, blocks, pending);
    }

    /** The file with each block's expected output replaced by {@code outputs} (one per block, in order). */
    String write(List<String> outputs) {
        if (outputs.size() != blocks.size()) {
            throw new IllegalArgumentException(blocks.size() + " blocks but " + outputs.size() + " outputs");
        }
        StringBuilder out = new StringBuilder();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            for (String l : block.preamble()) out.append(l).append('\n');
            for (String l : block.commands()) out.append(l).append('\n');
            out.append(SEPARATOR).append('\n');
            String output = outputs.get(b);
            if (needsLongForm(output)) {
                out.append(SEPARATOR).append('\n').append(output).append(SEPARATOR).append('\n').append(SEPARATOR).append('\n');
            } else {
                out.append(output);
            }
            if (block.separated()) out.append('\n');
        }
        for (String l : trailer) out.append(l).append('\n');
        return out.toString();
    }

    /** The file as it was read. */
    String write() {
        return write(blocks.stream().map(Block::expected).toList());
    }

    /**
     * An output with a blank line in it cannot end at the first blank line, and one whose first line is
     * {@code ----} would read as the opening of the long form.
     */
    static boolean needsLongForm(String output) {
        return output.lines().anyMatch(String::isEmpty) || output.startsWith(SEPARATOR + "\n");
    }

    private static boolean isCommentOrBlank(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /** Lines without their newlines; a final newline does not make an extra empty line. */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }
}
