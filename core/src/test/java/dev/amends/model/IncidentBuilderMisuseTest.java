package dev.amends.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each misuse of the incident's builder fails at the call that makes it, naming the field. */
class IncidentBuilderMisuseTest {

    @Test
    void aNegativeNumberOfPriorOccurrencesIsRejectedWhenGiven() {
        assertThatThrownBy(() -> Incident.builder().priorOccurrences(-1))
                .isInstanceOfSatisfying(InvalidIncidentException.class,
                        e -> assertThat(e.field()).isEqualTo("priorOccurrences"))
                .hasMessage("priorOccurrences: must be 0 or more, was -1");
    }

    @Test
    void aDeclaredFactWithoutANameIsRejected() {
        assertThatThrownBy(() -> Incident.builder().fact(null, "KEY"))
                .isInstanceOf(InvalidIncidentException.class).hasMessage("facts: a declared fact needs a name");
    }

    @Test
    void aDeclaredFactWithABlankNameIsRejected() {
        assertThatThrownBy(() -> Incident.builder().fact(" ", true))
                .isInstanceOf(InvalidIncidentException.class).hasMessage("facts: a declared fact needs a name");
    }

    @Test
    void aDeclaredFactWithoutAValueIsRejectedWhenGiven() {
        assertThatThrownBy(() -> Incident.builder().fact("accountTier", (String) null))
                .isInstanceOfSatisfying(InvalidIncidentException.class,
                        e -> assertThat(e.field()).isEqualTo("facts.accountTier"))
                .hasMessage("facts.accountTier: needs a value; leave the fact out if it is not known");
    }
}
