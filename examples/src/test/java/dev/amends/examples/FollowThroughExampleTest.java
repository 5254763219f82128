package dev.amends.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FollowThroughExampleTest {

    @Test
    void printsThePlanAsItStandsWithTheDoneStepsAndTheNextOne() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            FollowThroughExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);

        assertThat(output).contains("THANK_FOR_RAISING [done 2026-11-23T10:00+01:00, SUCCEEDED]",
                "FIX [done 2026-11-23T10:00+01:00, SUCCEEDED]",
                "OFFER_REMEDY [done 2026-11-24T15:00+01:00, DECLINED]", "Next: ");
    }
}
