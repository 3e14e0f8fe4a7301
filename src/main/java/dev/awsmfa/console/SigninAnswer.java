package dev.awsmfa.console;

/** Reads {@code {"SigninToken":"..."}}, the federation endpoint's whole answer, without a JSON library. */
final class SigninAnswer {
    private static final String KEY = "\"SigninToken\"";

    private SigninAnswer() {
    }

    /** The token, or null when the answer holds none (or one that is not a plain JSON string). */
    static String token(String json) {
        int key = json.indexOf(KEY);
        if (key < 0) {
            return null;
        }
        int i = skipSpace(json, key + KEY.length());
        if (i >= json.length() || json.charAt(i) != ':') {
            return null;
        }
        i = skipSpace(json, i + 1);
        if (i >= json.length() || json.charAt(i) != '"') {
            return null;
        }
        int end = json.indexOf('"', i + 1);
        if (end < 0) {
            return null;
        }
        String token = json.substring(i + 1, end);
        // AWS's tokens are URL-safe base64: an escape or a control character means this is not one.
        for (int j = 0; j < token.length(); j++) {
            char c = token.charAt(j);
            if (c == '\\' || c < 0x21 || c > 0x7e) {
                return null;
            }
        }
        return token.isEmpty() ? null : token;
    }

    private static int skipSpace(String json, int from) {
        int i = from;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }
}
