package org.rfsweep.cli;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.rfsweep.testkit.MotoS3;

/**
 * {@link HadoopOutputContract} on S3: S3A (hadoop-aws 3.4.2, conditional create by
 * {@code If-None-Match}) against {@code moto_server} on 127.0.0.1, which this class starts and
 * stops; skipped with the reason where moto_server is not installed. The settings are what a user
 * passes for an S3-compatible endpoint, as {@code spark.hadoop.fs.s3a.*} properties.
 */
class S3OutputTest extends HadoopOutputContract {
    private static MotoS3 moto;

    @BeforeAll
    static void start() throws Exception {
        moto = MotoS3.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (moto != null) {
            moto.stop();
        }
    }

    @Override
    protected String freshRoot(String name) {
        return "s3a://" + MotoS3.BUCKET + "/results/" + unique(name);
    }

    @Override
    protected Map<String, String> settings() {
        return moto.settings();
    }
}
