package dev.awsmfa.keys;

import dev.awsmfa.PowerShellText;
import dev.awsmfa.Platform;
import dev.awsmfa.settings.LongTermCredentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The Windows Credential Manager through Windows PowerShell 5.1 and the WinRT {@code PasswordVault} (decision
 * 0008): one web credential, resource {@code awsmfa}, user name the entry, holding the JSON. The script is passed
 * encoded and names the entry in a single-quoted literal; the JSON travels base64 on stdin and stdout, so neither
 * an argv nor the console's code page ever sees or bends it.
 */
final class WindowsCredentialStore implements KeyStore {
    static final String NAME = "windows";
    private static final String RESOURCE = "awsmfa";
    /** The script's status for "no such credential" (the vault's ERROR_NOT_FOUND). */
    static final int NOT_FOUND_STATUS = 3;

    private final boolean windows;
    private final StoreProgram powershell;

    WindowsCredentialStore(StoreContext context) {
        this(context, Platform.WINDOWS);
    }

    WindowsCredentialStore(StoreContext context, boolean windows) {
        this.windows = windows;
        // Windows PowerShell, not PowerShell 7 (pwsh): only 5.1 projects WinRT types such as PasswordVault.
        this.powershell = new StoreProgram(context, NAME, "powershell", "it comes with Windows 10 and 11 "
                + "(Windows PowerShell 5.1)");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String where(String entry) {
        return "Windows Credential Manager web credential " + RESOURCE + " user " + entry;
    }

    @Override
    public void put(String entry, LongTermCredentials keys) {
        byte[] json = StoredKeys.encode(keys).getBytes(StandardCharsets.UTF_8);
        StoreProgram.Ran ran = run(entry, Base64.getEncoder().encode(json),
                "$json = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String([Console]::In.ReadToEnd().Trim()))\n"
                        + "$vault.Add((New-Object Windows.Security.Credentials.PasswordCredential -ArgumentList "
                        + PowerShellText.singleQuoted(RESOURCE) + ", $entry, $json))\n");
        if (ran.status() != 0) {
            throw powershell.failed("writing the credential of " + entry, ran);
        }
    }

    @Override
    public LongTermCredentials get(String entry) {
        StoreProgram.Ran ran = run(entry, new byte[0],
                "$credential = $vault.Retrieve(" + PowerShellText.singleQuoted(RESOURCE) + ", $entry)\n"
                        + "$credential.RetrievePassword()\n"
                        + "[Console]::Out.Write([Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("
                        + "$credential.Password)))\n");
        if (ran.status() == NOT_FOUND_STATUS) {
            throw powershell.absent(where(entry));
        }
        if (ran.status() != 0) {
            throw powershell.failed("reading the credential of " + entry, ran);
        }
        byte[] json;
        try {
            json = Base64.getDecoder().decode(ran.text().strip());
        } catch (IllegalArgumentException e) {
            throw powershell.failure(where(entry) + " could not be read: powershell printed something other than "
                    + "the base64 the script writes.");
        }
        return StoredKeys.decode(new String(json, StandardCharsets.UTF_8), where(entry));
    }

    @Override
    public void remove(String entry) {
        StoreProgram.Ran ran = run(entry, new byte[0],
                "$vault.Remove($vault.Retrieve(" + PowerShellText.singleQuoted(RESOURCE) + ", $entry))\n");
        if (ran.status() != 0 && ran.status() != NOT_FOUND_STATUS) {
            throw powershell.failed("removing the credential of " + entry, ran);
        }
    }

    @Override
    public Optional<String> unusable() {
        if (!windows) {
            return Optional.of("the Windows Credential Manager exists only on Windows");
        }
        return powershell.installed() ? Optional.empty()
                : Optional.of("powershell (Windows PowerShell 5.1) is not on PATH");
    }

    private StoreProgram.Ran run(String entry, byte[] input, String body) {
        return powershell.run(input, List.of("-NoProfile", "-NonInteractive", "-EncodedCommand",
                PowerShellText.encodedCommand(script(entry, body))));
    }

    /**
     * The body between loading the vault and one error handler: any failure leaves as one line on stderr and
     * status 1, never as PowerShell's multi-line error record, and the vault's "element not found" as status 3.
     */
    static String script(String entry, String body) {
        return "$ErrorActionPreference = 'Stop'\n"
                + "$ProgressPreference = 'SilentlyContinue'\n"
                + "$entry = " + PowerShellText.singleQuoted(entry) + "\n"
                + "try {\n"
                + "$null = [Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,"
                + "ContentType=WindowsRuntime]\n"
                + "$vault = New-Object Windows.Security.Credentials.PasswordVault\n"
                + body
                + "} catch {\n"
                + "$cause = $_.Exception\n"
                + "while ($null -ne $cause.InnerException) { $cause = $cause.InnerException }\n"
                + "if ($cause.HResult -eq -2147023728) { exit " + NOT_FOUND_STATUS + " }\n"
                + "[Console]::Error.WriteLine($cause.Message)\n"
                + "exit 1\n"
                + "}\n"
                + "exit 0\n";
    }
}
