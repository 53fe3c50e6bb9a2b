package org.dossier.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Limits on reading files: size, and time a parser may take on one file ({@code index} and {@code serve}). */
final class IngestOptions {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMG]?)B?", Pattern.CASE_INSENSITIVE);

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "${DOSSIER_MAX_FILE_SIZE:-50MB}",
            description = "Skip larger files, with a message (default: ${DEFAULT-VALUE}; e.g. 500KB, 200MB; env DOSSIER_MAX_FILE_SIZE).")
    String maxFileSize;

    @Option(names = "--parse-timeout", paramLabel = "SECONDS", defaultValue = "${DOSSIER_PARSE_TIMEOUT:-60}",
            description = "Stop reading a file after this long and report it; indexing goes on (default: ${DEFAULT-VALUE}; env DOSSIER_PARSE_TIMEOUT).")
    int parseTimeoutSeconds;

    ReadLimits limits() {
        return new ReadLimits(maxBytes(), parseTimeout());
    }

    long maxBytes() {
        Matcher m = SIZE.matcher(maxFileSize.strip());
        if (!m.matches()) {
            throw new ParameterException(spec.commandLine(), "--max-file-size: not a size: '" + maxFileSize + "' (examples: 500KB, 50MB, 1GB)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> n * 1024;
            case "M" -> n * 1024 * 1024;
            case "G" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
    }

    Duration parseTimeout() {
        if (parseTimeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--parse-timeout must be a positive number of seconds");
        }
        return Duration.ofSeconds(parseTimeoutSeconds);
    }
}
