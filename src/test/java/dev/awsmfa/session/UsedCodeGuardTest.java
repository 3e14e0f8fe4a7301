package dev.awsmfa.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.awsmfa.AwsMfaException;
import dev.awsmfa.ExitCode;
import dev.awsmfa.mfa.TotpCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsedCodeGuardTest {
    static final String DEVICE = "arn:aws:iam::123456789012:mfa/alice";
    static final TotpCode CODE = TotpCode.parse("246813", "test");
    /** 10 s into a 30-second TOTP step. */
    static final Instant ACCEPTED = Instant.ofEpochSecond(1_764_331_200L + 10);

    @TempDir
    Path dir;

    UsedCodeGuard at(Instant now) {
        return UsedCodeGuard.storedIn(dir.resolve("used-codes"), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void the_same_code_again_in_its_step_is_refused_with_the_wait() {
        at(ACCEPTED).remember(DEVICE, CODE);
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> at(ACCEPTED.plusSeconds(5)).check(DEVICE, CODE));
        assertEquals(ExitCode.MFA_REJECTED, e.exitCode());
        assertTrue(e.getMessage().contains("wait for the next code (about 15 s)"), e.getMessage());
        assertFalse(e.getMessage().contains("246813"), e.getMessage());
    }

    @Test
    void in_the_next_step_it_asks_for_the_new_code() {
        at(ACCEPTED).remember(DEVICE, CODE);
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> at(ACCEPTED.plusSeconds(30)).check(DEVICE, CODE));
        assertTrue(e.getMessage().contains("enter the new code"), e.getMessage());
    }

    @Test
    void after_two_steps_the_code_is_forgotten() {
        at(ACCEPTED).remember(DEVICE, CODE);
        assertDoesNotThrow(() -> at(ACCEPTED.plusSeconds(50)).check(DEVICE, CODE));
    }

    @Test
    void another_code_or_another_device_passes() {
        at(ACCEPTED).remember(DEVICE, CODE);
        assertDoesNotThrow(() -> at(ACCEPTED).check(DEVICE, TotpCode.parse("654321", "test")));
        assertDoesNotThrow(() -> at(ACCEPTED).check("arn:aws:iam::123456789012:mfa/bob", CODE));
    }

    @Test
    void the_file_is_private_and_holds_no_code() throws Exception {
        at(ACCEPTED).remember(DEVICE, CODE);
        Path file = dir.resolve("used-codes");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String text = Files.readString(file);
        assertFalse(text.contains("246813") || text.contains("alice"), text);
    }

    @Test
    void the_next_code_may_be_used_from_the_start_of_the_next_step() {
        at(ACCEPTED).remember(DEVICE, CODE);
        Instant nextStep = ACCEPTED.minusSeconds(10).plusSeconds(30);
        assertEquals(java.util.Optional.of(nextStep), at(ACCEPTED.plusSeconds(5)).nextCodeAt(DEVICE));
        assertEquals(java.util.Optional.empty(), at(nextStep).nextCodeAt(DEVICE), "that step has come");
        assertEquals(java.util.Optional.empty(), at(ACCEPTED).nextCodeAt("arn:aws:iam::123456789012:mfa/bob"));
        assertEquals(java.util.Optional.empty(), UsedCodeGuard.off().nextCodeAt(DEVICE));
    }

    @Test
    void what_it_says_to_wait_for_is_the_moment_it_gives() {
        at(ACCEPTED).remember(DEVICE, CODE);
        AwsMfaException e = assertThrows(AwsMfaException.class, () -> at(ACCEPTED).check(DEVICE, CODE));
        long seconds = at(ACCEPTED).nextCodeAt(DEVICE).orElseThrow().getEpochSecond() - ACCEPTED.getEpochSecond();
        assertTrue(e.getMessage().contains("(about " + seconds + " s)"), e.getMessage());
    }

    @Test
    void a_corrupt_file_turns_the_guard_off_instead_of_failing() throws Exception {
        Files.writeString(dir.resolve("used-codes"), "garbage\u0000 x y z\nabc def notanumber\n");
        assertDoesNotThrow(() -> at(ACCEPTED).check(DEVICE, CODE));
        at(ACCEPTED).remember(DEVICE, CODE);
        assertThrows(AwsMfaException.class, () -> at(ACCEPTED).check(DEVICE, CODE));
    }

    @Test
    void off_never_refuses() {
        UsedCodeGuard.off().remember(DEVICE, CODE);
        assertDoesNotThrow(() -> UsedCodeGuard.off().check(DEVICE, CODE));
    }

    @Test
    void a_link_planted_under_its_name_is_replaced_and_its_target_left_alone() throws Exception {
        Path target = Files.writeString(dir.resolve("credentials"), "[dev-long-term]\n");
        Files.createSymbolicLink(dir.resolve("used-codes"), target);
        at(ACCEPTED).remember(DEVICE, CODE);
        assertEquals("[dev-long-term]\n", Files.readString(target));
        assertFalse(Files.isSymbolicLink(dir.resolve("used-codes")));
        assertThrows(AwsMfaException.class, () -> at(ACCEPTED.plusSeconds(5)).check(DEVICE, CODE), "and it still guards");
    }

    @Test
    void a_huge_planted_file_is_not_read_and_only_turns_the_guard_off() throws Exception {
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(dir.resolve("used-codes").toFile(), "rw")) {
            huge.setLength(3L * 1024 * 1024 * 1024);
        }
        assertDoesNotThrow(() -> at(ACCEPTED).check(DEVICE, CODE));
    }
}
