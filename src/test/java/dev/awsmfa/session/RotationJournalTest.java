package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.settings.LongTermCredentials;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotationJournalTest {
    @TempDir
    Path cache;

    @Test
    void a_long_profile_name_gets_a_journal_of_its_own_as_role_sessions_do() {
        RotationJournal journal = new RotationJournal(cache);
        String longName = "team-".repeat(60);
        String sibling = longName + "x";
        RotationJournal.Entry entry = new RotationJournal.Entry(RotationJournal.Step.CREATED,
                "arn:aws:iam::123456789012:user/alice", "AKIAIOSFODNN7EXAMPLE", List.of("AKIAIOSFODNN7EXAMPLE"),
                new LongTermCredentials("AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"),
                "2026-11-28T12:00:00Z");
        assertTrue(journal.write(longName, entry), "a 300-character name must not exceed the file name limit");
        assertTrue(journal.file(longName).getFileName().toString().length() < 100);
        assertEquals(RotationJournal.Step.CREATED, journal.read(longName).orElseThrow().step());
        assertEquals(Optional.empty(), journal.read(sibling), "another long name with the same beginning is not read as it");
    }
}
