package dev.awsmfa.profile.bench;

import dev.awsmfa.profile.ProfileDocument;
import dev.awsmfa.profile.ProfileFileKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures reading and updating a credentials file of 10, 1,000 and 5,000 profiles (aws-mfa layout,
 * comments between sections) and prints medians and their ratios: a linear model costs about
 * 5 times more for 5 times the profiles. Not a test; run src/bench/profile-file-bench.sh.
 */
public final class ProfileFileBenchmark {
    private ProfileFileBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Result small = measure(10, runs * 10);
        Result medium = measure(1_000, runs);
        Result large = measure(5_000, runs);
        System.out.printf("%-14s %8s %12s %14s%n", "profiles", "bytes", "read (ms)", "update (ms)");
        System.out.println("(each profile: [pN-long-term] + [pN], 2 sections; update = read + set 3 keys of the middle one + bytes)");
        small.print(10);
        medium.print(1_000);
        large.print(5_000);
        System.out.printf("ratio 5000/10: read %.0fx, update %.0fx (profiles 500x)%n",
                large.readMillis / small.readMillis, large.updateMillis / small.updateMillis);
        // A 4 KB file stays in cache; comparing two large files shows the growth of the algorithm itself.
        System.out.printf("ratio 5000/1000: read %.1fx, update %.1fx (profiles 5x)%n",
                large.readMillis / medium.readMillis, large.updateMillis / medium.updateMillis);
    }

    private record Result(int bytes, double readMillis, double updateMillis) {
        void print(int profiles) {
            System.out.printf("%-14d %8d %12.3f %14.3f%n", profiles, bytes, readMillis, updateMillis);
        }
    }

    private static Result measure(int profiles, int runs) {
        byte[] file = credentialsFile(profiles);
        String middle = "p" + (profiles / 2);
        Map<String, String> session = new LinkedHashMap<>();
        session.put("aws_session_token", "FAKEsessionTOKEN/EXAMPLE/" + "x".repeat(600));
        session.put("expiration", "2026-11-29 05:09:42");
        session.put("assumed_role_arn", null);
        long[] reads = new long[runs];
        long[] updates = new long[runs];
        int sink = 0;
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                ProfileDocument document = ProfileDocument.parse("credentials", file, ProfileFileKind.CREDENTIALS);
                sink += document.profileNames().size();
                long read = System.nanoTime();
                byte[] updated = ProfileDocument.parse("credentials", file, ProfileFileKind.CREDENTIALS)
                        .withProfileValues(middle, session).toBytes();
                long end = System.nanoTime();
                sink += updated.length;
                reads[i] = read - start;
                updates[i] = end - read;
            }
        }
        if (sink == 42) {
            System.out.println();
        }
        return new Result(file.length, median(reads), median(updates));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    static byte[] credentialsFile(int profiles) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < profiles; i++) {
            out.append("# account ").append(i).append('\n')
                    .append("[p").append(i).append("-long-term]\n")
                    .append("aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n")
                    .append("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n")
                    .append("aws_mfa_device = arn:aws:iam::123456789012:mfa/user").append(i).append("\n\n")
                    .append("[p").append(i).append("]\n")
                    .append("assumed_role = False\n")
                    .append("aws_access_key_id = ASIAIOSFODNN7EXAMPLE\n")
                    .append("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n")
                    .append("aws_session_token = FAKEsessionTOKEN/EXAMPLE\n")
                    .append("expiration = 2026-11-28 05:09:42\n\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
