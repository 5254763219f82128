package dev.amends.spring.boot;

import dev.amends.api.PlaybookProblem;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.api.PlaybookVersion;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The advisor's health: up while it serves a playbook (a rejected reload leaves the playbook it had
 * in force), with the playbook version in force, its rule count and the last rejected reload.
 */
public class AmendsHealthIndicator extends AbstractHealthIndicator {

    /** The most problems of a rejected reload the details list. */
    static final int PROBLEMS_SHOWN = 10;

    private final RecoveryAdvisor advisor;
    private final ReloadHistory history;

    /** Reports the advisor's playbook and the history's last rejected reload. */
    public AmendsHealthIndicator(RecoveryAdvisor advisor, ReloadHistory history) {
        super("Amends health check failed");
        this.advisor = advisor;
        this.history = history;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        PlaybookVersion version = advisor.playbook();
        Map<String, Object> playbook = new LinkedHashMap<>();
        playbook.put("version", version.number());
        playbook.put("digest", version.digest());
        playbook.put("rules", advisor.rules().size());
        builder.up().withDetail("playbook", playbook);
        history.lastRejected().ifPresent(rejected -> {
            Map<String, Object> reload = new LinkedHashMap<>();
            reload.put("at", rejected.at().toString());
            reload.put("problemCount", rejected.result().problems().size());
            reload.put("problems", rejected.result().problems().stream().limit(PROBLEMS_SHOWN).map(PlaybookProblem::toString).toList());
            builder.withDetail("lastRejectedReload", reload);
        });
    }
}
