package io.raftctl.cli.commands;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command a line names, read before picocli parses it, to build that command alone. */
class CommandWordTest {

    private static final Set<String> COMMANDS = Set.of("status", "up", "trace", "help");

    private static Optional<String> word(String... args) {
        return CommandWord.of(List.of(args), COMMANDS::contains);
    }

    @Test
    void theFirstWordAfterTheGlobalOptions() {
        assertThat(word("status")).contains("status");
        assertThat(word("status", "n1", "--bogus")).contains("status");
        assertThat(word("-c", "x.yaml", "status")).contains("status");
        assertThat(word("--config", "x.yaml", "-o", "json", "--verbose", "trace", "show")).contains("trace");
        assertThat(word("--config=x.yaml", "-cx.yaml", "-ojson", "-o=json", "--output=json", "up")).contains("up");
    }

    @Test
    void noneWhenPicocliMustSeeTheWholeLine() {
        assertThat(word()).isEmpty();
        assertThat(word("nosuch")).as("an unknown command: picocli suggests the near ones").isEmpty();
        assertThat(word("-h", "status")).isEmpty();
        assertThat(word("--version")).isEmpty();
        assertThat(word("--bogus", "status")).isEmpty();
        assertThat(word("-c")).isEmpty();
        assertThat(word("-c", "up", "status")).as("picocli refuses a command's name as an option's value").isEmpty();
        assertThat(word("--", "status")).isEmpty();
    }

    @Test
    void eachCommandIsListedUnderTheNamesItsAnnotationGivesIt() {
        Map<String, Class<?>> byName = RootCommand.byName();
        assertThat(byName.values()).containsExactlyElementsOf(RootCommand.commands());
        for (Class<?> command : RootCommand.commands()) {
            Command annotation = command.getAnnotation(Command.class);
            List<String> names = new ArrayList<>(List.of(annotation.aliases()));
            names.add(0, annotation.name());
            for (String name : names) {
                assertThat(byName.get(name)).as("RootCommand lists " + command.getSimpleName() + " as '" + name + "'")
                        .isEqualTo(command);
            }
        }
    }

    @Test
    void aCommandThatReadsTheOthersGetsThemAll() {
        List<Class<?>> all = RootCommand.commands();
        assertThat(RootCommand.commandsFor(List.of("-c", "x.yaml", "status"))).containsExactly(StatusCommand.class);
        assertThat(RootCommand.commandsFor(List.of("trace", "show"))).containsExactly(TraceCommand.class);
        for (String command : List.of("help", "completion", "man")) {
            assertThat(RootCommand.commandsFor(List.of(command, "status"))).as(command).isEqualTo(all);
        }
        assertThat(RootCommand.commandsFor(List.of())).isEqualTo(all);
        assertThat(RootCommand.commandsFor(List.of("--version"))).isEmpty();
        assertThat(RootCommand.commandsFor(List.of("-c", "x.yaml", "-V"))).isEmpty();
        assertThat(RootCommand.commandsFor(List.of("-V", "status"))).isEqualTo(all);
        assertThat(RootCommand.commandsFor(List.of("-c", "-V"))).isEqualTo(all);
        assertThat(RootCommand.commandsFor(List.of("stauts"))).isEqualTo(all);
    }
}
