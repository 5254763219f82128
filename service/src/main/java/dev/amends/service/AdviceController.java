package dev.amends.service;

import dev.amends.cli.JsonFormats;
import dev.amends.api.PlaybookRule;
import dev.amends.model.Incident;
import dev.amends.api.PlaybookVersion;
import dev.amends.spring.boot.ObservedRecoveryAdvisor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The service's endpoints: an incident in the command line's JSON in, its plan or explanation out
 * exactly as {@code --format json} prints it; and the playbook in force.
 */
@RestController
class AdviceController {

    private final ObservedRecoveryAdvisor advisor;

    AdviceController(ObservedRecoveryAdvisor advisor) {
        this.advisor = advisor;
    }

    /** The plan for the incident in the body. */
    @PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> plan(InputStream body) {
        return json(JsonFormats.writePlan(advisor.recommend(incident(body))));
    }

    /** How the plan for the incident in the body was made. */
    @PostMapping(path = "/explanations", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> explanation(InputStream body) {
        return json(JsonFormats.writeExplanation(advisor.explain(incident(body))));
    }

    /** The playbook in force: its version and rules. */
    @GetMapping(path = "/playbook", produces = MediaType.APPLICATION_JSON_VALUE)
    Playbook playbook() {
        PlaybookVersion version = advisor.advisor().playbook();
        List<Rule> rules = advisor.advisor().rules().stream().map(Rule::of).toList();
        return new Playbook(version.number(), version.digest(), rules.size(), rules);
    }

    /**
     * The playbook in force, as {@code GET /playbook} answers.
     *
     * @param version   counts the playbooks served since the start: 1, one more with each applied reload
     * @param digest    the SHA-256 of the playbook's rule files
     * @param ruleCount how many rules it has
     * @param rules     its rules in name order
     */
    record Playbook(int version, String digest, int ruleCount, List<Rule> rules) {
    }

    /**
     * One rule of the playbook in force, as {@code GET /playbook} lists it.
     *
     * @param name       the rule's name
     * @param location   its file and line
     * @param conditions its conditions as written after {@code when}
     * @param guidance   the guidance it encodes (empty where it states none)
     * @param source     where that guidance comes from (empty where it names none)
     */
    record Rule(String name, String location, String conditions, String guidance, String source) {

        static Rule of(PlaybookRule rule) {
            return new Rule(rule.name(), rule.location(), rule.conditions(), rule.guidance(), rule.source());
        }
    }

    private static Incident incident(InputStream body) {
        return JsonFormats.readIncident(RequestBody.read(body), RequestBody.NAME);
    }

    private static ResponseEntity<byte[]> json(String document) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document.getBytes(StandardCharsets.UTF_8));
    }
}
