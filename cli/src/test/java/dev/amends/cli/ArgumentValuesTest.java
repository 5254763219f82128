package dev.amends.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An argument or option value that cannot be used (an empty file name, one that cannot be a file
 * name, a value given to a switch) is bad input in the command line's own words.
 */
class ArgumentValuesTest {

    private static String badInput(Cli.Result result) {
        assertThat(result.exitCode()).as("exit status; stderr: %s", result.err()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).doesNotContain("java.", "Exception", "interface");
        return result.errLines().get(0);
    }

    @Test
    void anEmptyIncidentFileNameIsBadInput() {
        assertThat(badInput(Cli.run("recommend", ""))).isEqualTo("amends: FILE: is empty; give the name of a file or folder");
    }

    @Test
    void anEmptyScenarioPathIsBadInput() {
        assertThat(badInput(Cli.run("test", ""))).isEqualTo("amends: invalid value for positional parameter at index 0"
                + " (PATH): is empty; give the name of a file or folder; run 'amends test --help' for usage");
    }

    @Test
    void anEmptyRulesFolderIsBadInput() {
        assertThat(badInput(Cli.run("validate", "  "))).contains("(DIR): is empty; give the name of a file or folder");
    }

    @Test
    void aFolderNameThatCannotBeAFileNameIsBadInput() {
        assertThat(badInput(Cli.run("validate", "rules\u0000x")))
                .contains("\"rules\\u0000x\" cannot be a file name on this system");
    }

    @Test
    void anIncidentFileNameThatCannotBeAFileNameIsBadInput() {
        assertThat(badInput(Cli.run("explain", "a\u0000.json")))
                .startsWith("amends: a\\u0000.json: \"a\\u0000.json\" cannot be a file name on this system");
    }

    @Test
    void aDiffSideThatCannotBeAFolderNameIsBadInput() {
        assertThat(badInput(Cli.run("diff", "default", "x\u0000")))
                .startsWith("amends: AFTER: \"x\\u0000\" cannot be a file name on this system");
    }

    @Test
    void aSwitchGivenAValueOtherThanTrueOrFalseIsBadInputInTheProjectsWords() {
        assertThat(badInput(Cli.run("validate", "rules", "--extend=maybe")))
                .isEqualTo("amends: invalid value for option '--extend': a switch takes no value, or true or false;"
                        + " was \"maybe\"; run 'amends validate --help' for usage");
    }
}
