package dev.awsmfa.settings;

import dev.awsmfa.Secrets;

/** The IAM user's long-term access key pair that signs the STS call. */
public record LongTermCredentials(String accessKeyId, String secretAccessKey) {
    @Override
    public String toString() {
        return "LongTermCredentials[accessKeyId=" + Secrets.maskKeyId(accessKeyId) + ", secretAccessKey=****]";
    }
}
