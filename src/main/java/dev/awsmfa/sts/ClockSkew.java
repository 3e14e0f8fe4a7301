package dev.awsmfa.sts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Tells a person how far their clock is from AWS's, from the {@code Date} header of STS's answer. */
final class ClockSkew {
    private ClockSkew() {
    }

    /** The server's time from an HTTP {@code Date} header, if it is there and readable. */
    static Optional<Instant> parseDateHeader(Optional<String> header) {
        try {
            return header.map(value -> ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** E.g. "your clock is 7 min 12 s ahead of AWS's". */
    static String describe(Instant local, Instant server) {
        Duration skew = Duration.between(server, local);
        String direction = skew.isNegative() ? "behind" : "ahead of";
        return "your clock is " + amount(skew.abs()) + " " + direction + " AWS's";
    }

    private static String amount(Duration skew) {
        long hours = skew.toHours();
        int minutes = skew.toMinutesPart();
        int seconds = skew.toSecondsPart();
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes > 0 ? minutes + " min " + seconds + " s" : seconds + " s";
    }
}
