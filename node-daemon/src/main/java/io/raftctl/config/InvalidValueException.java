package io.raftctl.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that cannot be used, found while databind reads it: the sentence that explains it and its line.
 * A {@link JsonMappingException}, so that databind adds the key path as the exception leaves each mapping
 * and list.
 */
final class InvalidValueException extends JsonMappingException {

    private final String problem;
    private final int line;

    /** @param parser positioned at the value at fault */
    InvalidValueException(JsonParser parser, String problem) {
        super(parser, problem);
        this.problem = problem;
        this.line = parser.currentTokenLocation().getLineNr();
    }

    /** One sentence without the file, line and field, which {@link ConfigException} adds. */
    String problem() {
        return problem;
    }

    int line() {
        return line;
    }
}
