package dev.awsmfa.e2e;

import dev.awsmfa.testing.AwsHome;
import dev.awsmfa.testing.StsStub;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the end-to-end tests of the refresh share: a WireMock STS on 127.0.0.1 (with no answers
 * until the test stubs some) and a temporary home whose {@code AWS_ENDPOINT_URL_STS} points at it.
 */
abstract class StubbedStsFixture {
    @TempDir
    Path dir;
    AwsHome aws;
    StsStub sts;

    @BeforeEach
    void startStsAndHome() {
        sts = new StsStub();
        aws = new AwsHome(dir).env("AWS_ENDPOINT_URL_STS", sts.url());
    }

    @AfterEach
    void stopSts() {
        sts.close();
    }
}
