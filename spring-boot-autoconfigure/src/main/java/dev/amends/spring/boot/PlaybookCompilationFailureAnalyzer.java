package dev.amends.spring.boot;

import dev.amends.api.PlaybookCompilationException;
import dev.amends.api.PlaybookProblem;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.stream.Collectors;

/** Reports an application that failed to start because its rules do not compile: every problem, one a line. */
class PlaybookCompilationFailureAnalyzer extends AbstractFailureAnalyzer<PlaybookCompilationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PlaybookCompilationException cause) {
        String problems = cause.problems().stream().map(PlaybookProblem::toString)
                .collect(Collectors.joining("\n    ", "\n    ", ""));
        return new FailureAnalysis("The Amends rules cannot be used:" + problems,
                "Fix the rule files named above (each problem names its file and line), or point amends.rules.folder "
                        + "at another folder.", cause);
    }
}
