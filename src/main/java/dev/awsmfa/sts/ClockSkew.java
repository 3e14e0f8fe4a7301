package dev.awsmfa.sts;

import dev.awsmfa.time.TimeText;
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
            return header.map(value -> ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** E.g. "your clock is 7 min 12 s ahead of AWS's". */
    static String describe(Instant local, Instant server) {
        Duration skew = Duration.between(server, local);
        return "your clock is " + TimeText.duration(skew) + (skew.isNegative() ? " behind" : " ahead of") + " AWS's";
    }
}
