package dev.amends.api;

import dev.amends.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Every plan says which playbook version made it: a number counting reloads and a digest of the rule files. */
class PlaybookVersionTest {

    private static final Incident INCIDENT = Incidents.wrongProduct().build();
    private static final String RULES = Drl.HEADER + """
            rule "Fix it" when Incident() then plan.step(Action.FIX, "Fix it."); end
            """;

    @TempDir
    Path dir;

    @Test
    void aPlanAndItsExplanationCarryTheVersionServing() {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("a.drl", RULES).build();

        RecoveryPlan plan = advisor.recommend(INCIDENT);

        assertThat(plan.playbook().number()).isEqualTo(1);
        assertThat(plan.playbook()).isEqualTo(advisor.playbook());
        assertThat(advisor.explain(INCIDENT).playbook()).isEqualTo(advisor.playbook());
    }

    @Test
    void theDigestIsTheSha256OfEachFilesNameLineBreakTextAndNul() throws Exception {
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rules("a.drl", RULES).build();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(("a.drl\n" + RULES + "\0").getBytes(StandardCharsets.UTF_8));

        assertThat(advisor.playbook().digest()).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
    }

    @Test
    void otherRulesHaveAnotherDigest() {
        RecoveryAdvisor one = RecoveryAdvisor.builder().rules("a.drl", RULES).build();
        RecoveryAdvisor other = RecoveryAdvisor.builder().rules("a.drl", RULES.replace("Fix it.", "Fix it now.")).build();

        assertThat(other.playbook().digest()).isNotEqualTo(one.playbook().digest());
    }

    @Test
    void eachAppliedReloadCountsOneAndARejectedOneNone() throws Exception {
        VersionedFolder folder = new VersionedFolder(dir, 2).writeAll(1);
        RecoveryAdvisor advisor = RecoveryAdvisor.builder().rulesFrom(folder.path()).settleTime(Duration.ZERO).build();
        PlaybookVersion first = advisor.recommend(INCIDENT).playbook();

        folder.writeAll(2);
        advisor.reload();
        PlaybookVersion second = advisor.recommend(INCIDENT).playbook();
        folder.writeBroken(0, 3);
        advisor.reload();

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.digest()).isNotEqualTo(first.digest());
        assertThat(advisor.recommend(INCIDENT).playbook()).isEqualTo(second);
    }

    @Test
    void aVersionReadsAsItsNumberAndTheFirstTwelveDigitsOfItsDigest() {
        PlaybookVersion version = new Version(3, "0123456789abcdef".repeat(4));

        assertThat(version).hasToString("version 3 (sha256 0123456789ab)");
        assertThat(version.shortDigest()).isEqualTo("0123456789ab");
    }

    @Test
    void aDigestThatIsNotASha256IsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Version(1, "abc")).withMessageContaining("digest");
        assertThatIllegalArgumentException().isThrownBy(() -> new Version(1, "")).withMessageContaining("digest");
        assertThatIllegalArgumentException().isThrownBy(() -> new Version(-1, "")).withMessageContaining("number");
    }

    @Test
    void plansThatSayTheSameAreEqualWhicheverVersionMadeThem() {
        RecoveryPlan made = RecoveryAdvisor.builder().rules("a.drl", RULES).build().recommend(INCIDENT);
        RecoveryPlan byOtherRules = RecoveryAdvisor.builder().rules("a.drl", "// the same rules, another digest\n" + RULES).build()
                .recommend(INCIDENT);

        assertThat(byOtherRules.playbook()).isNotEqualTo(made.playbook());
        assertThat(byOtherRules).isEqualTo(made).hasSameHashCodeAs(made);
    }
}
