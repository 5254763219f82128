package dev.amends.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an application that failed to start over an {@code amends.*} property as Boot reports its own. */
class InvalidAmendsPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidAmendsPropertyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidAmendsPropertyException cause) {
        return new FailureAnalysis("The Amends recovery advisor could not be built: " + cause.getMessage(),
                "Correct " + cause.property() + " in the application's configuration, or remove it to use the default.", cause);
    }
}
