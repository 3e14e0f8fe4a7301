package dev.awsmfa;

/** A JSON string literal, for the few small documents awsmfa writes without the command layer's writer. */
public final class JsonText {
    private JsonText() {
    }

    /** {@code value} quoted, with quotes, backslashes and control characters escaped. */
    public static String string(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                String hex = Integer.toHexString(c);
                json.append("\\u").append("0000", hex.length(), 4).append(hex);
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
