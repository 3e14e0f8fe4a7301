package dev.awsmfa.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bin\awsmfa.cmd}, checked as text so it is covered on every OS (the Windows CI job also
 * runs it from the unpacked archive, see {@code DistributionIT}).
 */
class WindowsLauncherTest {
    private static final Path LAUNCHER = Path.of("src", "main", "launcher", "awsmfa.cmd");

    private static String text() throws IOException {
        return Files.readString(LAUNCHER, StandardCharsets.US_ASCII);
    }

    private static List<String> commands() throws IOException {
        return text().lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("rem ")).toList();
    }

    private static String javaLine() throws IOException {
        return commands().stream().filter(line -> line.contains(" -jar ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts the jar"));
    }

    @Test
    void has_crlf_line_endings_only() throws IOException {
        String text = text();
        assertTrue(text.endsWith("\r\n"), "no final CRLF");
        assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length,
                "a line ends with a bare LF; cmd.exe misreads labels in such files");
    }

    @Test
    void finds_the_jar_in_lib_relative_to_its_own_directory() throws IOException {
        assertTrue(commands().contains("set \"AWSMFA_JAR=%~dp0..\\lib\\awsmfa.jar\""), text());
        assertTrue(javaLine().contains("-jar \"%AWSMFA_JAR%\""), javaLine());
    }

    @Test
    void prefers_java_home_and_falls_back_to_java_on_path() throws IOException {
        List<String> commands = commands();
        int javaHome = commands.indexOf("set \"AWSMFA_JAVA=%JAVA_HOME%\\bin\\java.exe\"");
        int onPath = commands.indexOf("set \"AWSMFA_JAVA=java.exe\"");
        assertTrue(javaHome >= 0 && onPath > javaHome, text());
        assertTrue(commands.contains("if not defined JAVA_HOME goto :java_on_path"), text());
        assertTrue(javaLine().startsWith("\"%AWSMFA_JAVA%\" "), javaLine());
    }

    @Test
    void passes_awsmfa_java_opts_to_the_jvm_before_the_jar() throws IOException {
        String line = javaLine();
        assertTrue(line.indexOf("%AWSMFA_JAVA_OPTS%") > 0 && line.indexOf("%AWSMFA_JAVA_OPTS%") < line.indexOf(" -jar "), line);
    }

    @Test
    void passes_every_argument_and_returns_the_exit_code() throws IOException {
        assertTrue(javaLine().endsWith(" %*"), javaLine());
        List<String> commands = commands();
        assertEquals("exit /b %ERRORLEVEL%", commands.get(commands.size() - 1));
    }

    @Test
    void keeps_its_variables_local_and_echo_off() throws IOException {
        List<String> commands = commands();
        assertEquals("@echo off", commands.get(0));
        assertTrue(commands.contains("setlocal"), text());
    }

    @Test
    void names_the_cache_directory_by_the_rule_java_applies() throws IOException {
        // dev.awsmfa.cache.CacheDirectory on Windows: %LOCALAPPDATA%\awsmfa, else under %USERPROFILE%.
        List<String> commands = commands();
        int reset = commands.indexOf("set \"AWSMFA_CACHE=\"");
        int local = commands.indexOf("if defined LOCALAPPDATA set \"AWSMFA_CACHE=%LOCALAPPDATA%\\awsmfa\"");
        int profile = commands.indexOf("if not defined AWSMFA_CACHE if defined USERPROFILE "
                + "set \"AWSMFA_CACHE=%USERPROFILE%\\AppData\\Local\\awsmfa\"");
        assertTrue(reset >= 0 && local > reset && profile > local, text());
    }

    @Test
    void tells_java_the_cache_directory_as_one_quoted_argument_only_when_there_is_one() throws IOException {
        List<String> commands = commands();
        int reset = commands.indexOf("set \"AWSMFA_CACHE_OPT=\"");
        int set = commands.indexOf(
                "if defined AWSMFA_CACHE set AWSMFA_CACHE_OPT=\"-Dawsmfa.cache.dir=%AWSMFA_CACHE%\"");
        assertTrue(reset >= 0 && set > reset, text());
        assertTrue(set < commands.indexOf(javaLine()), text());
        String line = javaLine();
        // Before AWSMFA_JAVA_OPTS, so that a -Dawsmfa.cache.dir there wins (later options do).
        assertTrue(line.contains(" %AWSMFA_CACHE_OPT% %AWSMFA_JAVA_OPTS% -jar "), line);
    }

    @Test
    void maps_no_class_data_archive() throws IOException {
        // The JVM writes a dynamic archive in place; a torn one crashes every later start
        // (docs/decisions/0002). Adding one needs a training that renames, tested on Windows.
        List<String> flags = List.of("SharedArchiveFile", "AutoCreateSharedArchive", "AOTCache", "ArchiveClassesAtExit");
        for (String flag : flags) {
            assertTrue(commands().stream().noneMatch(line -> line.contains(flag)), flag + " in " + text());
        }
    }

    @Test
    void uses_no_parenthesised_blocks_that_a_path_with_parentheses_would_break() throws IOException {
        assertTrue(commands().stream().noneMatch(line -> line.startsWith("if ") && line.endsWith("(")), text());
    }
}
