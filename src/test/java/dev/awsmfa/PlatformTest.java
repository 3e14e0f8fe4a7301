package dev.awsmfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlatformTest {
    @Test
    void reads_the_real_uid_from_the_status_line_of_proc() {
        assertEquals(1000, Platform.realUid("Name:\tjava\nUmask:\t0022\nUid:\t1000\t1001\t1001\t1001\nGid:\t100\n"));
        assertEquals(0, Platform.realUid("Uid:\t0\t0\t0\t0\n"));
        assertEquals(Platform.NO_UID, Platform.realUid("Name:\tjava\nGid:\t100\n"));
        assertEquals(Platform.NO_UID, Platform.realUid("Uid:\t\n"));
        assertEquals(Platform.NO_UID, Platform.realUid("Uid:\t99999999999999999999999\n"));
    }

    @Test
    void the_uid_from_proc_is_the_one_the_jdk_knows() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "no /proc here (not Linux)");
        assertEquals(new com.sun.security.auth.module.UnixSystem().getUid(), Platform.realUidFromProc());
    }
}
