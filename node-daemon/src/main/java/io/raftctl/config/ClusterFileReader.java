package io.raftctl.config;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads cluster-file text into a {@link ClusterFile} with databind, or explains in one sentence why it cannot. */
final class ClusterFileReader {

    private ClusterFileReader() {
    }

    /** @throws ConfigException if the text is not YAML, is empty, or does not have the shape of a cluster file */
    static ClusterFile read(String yaml, String fileName) {
        TrackingParser parser = open(yaml);
        try {
            if (parser.nextToken() == null) {
                throw new ConfigException(fileName, 0, "", "the file is empty (expected a mapping with cluster and nodes)");
            }
            int firstLine = parser.currentTokenLocation().getLineNr();
            ClusterFile file = StrictYamlMapper.MAPPER.readValue(parser, ClusterFile.class);
            if (file == null) {
                throw new ConfigException(fileName, firstLine, "", "expected " + ValueDescriptions.expected(ClusterFile.class)
                        + ", got nothing");
            }
            return file;
        } catch (JsonProcessingException e) {
            // Translated before the parser closes: the message describes the token it stopped at.
            throw new JacksonErrors(fileName, parser).translate(e);
        } catch (IOException e) {
            // Reading from a String does no I/O.
            throw new UncheckedIOException(e);
        } finally {
            close(parser);
        }
    }

    private static TrackingParser open(String yaml) {
        try {
            return new TrackingParser(StrictYamlMapper.MAPPER.getFactory().createParser(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(TrackingParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
