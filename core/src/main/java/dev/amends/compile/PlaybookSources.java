package dev.amends.compile;

import dev.amends.api.PlaybookCompilationException;
import dev.amends.api.PlaybookProblem;
import dev.amends.vocabulary.PlaybookVocabulary;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.vocabulary.VocabularyFile;
import dev.amends.model.*;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An advisor's rule sources, read and compiled together. A rule outside the default playbook
 * replaces the default playbook's rule of the same name: the default one is taken out of its
 * file's parsed package, which Drools then builds as it is.
 */
public record PlaybookSources(List<RuleSource> sources) {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryAdvisor.class);

    public PlaybookSources {
        sources = List.copyOf(sources);
    }

    /** The folders among the sources. */
    public List<java.nio.file.Path> folders() {
        return sources.stream().flatMap(s -> s.folder().stream()).toList();
    }

    /**
     * Reads every source now and compiles the result.
     *
     * @throws PlaybookCompilationException listing every problem found
     */
    PlaybookCompiler.Compiled compile() {
        return compile(read());
    }

    /** The rule files of every source as they are now, and the problems met reading them. */
    Read read() {
        List<PlaybookProblem> problems = new ArrayList<>();
        List<RuleFile> defaults = new ArrayList<>();
        List<RuleFile> own = new ArrayList<>();
        List<RuleFile> vocabularies = new ArrayList<>();
        for (RuleSource source : sources) {
            for (RuleFile file : source.read(problems)) {
                (VocabularyFile.isVocabulary(file.name()) ? vocabularies : source.isDefault() ? defaults : own).add(file);
            }
        }
        return new Read(List.copyOf(defaults), List.copyOf(own), List.copyOf(vocabularies), List.copyOf(problems));
    }

    /**
     * What one reading of the sources found: the default playbook's rule files, the others, the
     * vocabulary files, and the problems.
     */
    public record Read(List<RuleFile> defaults, List<RuleFile> own, List<RuleFile> vocabularies, List<PlaybookProblem> problems) {

        /** Every file read, the default playbook's first, the vocabularies last. */
        public List<RuleFile> files() {
            List<RuleFile> files = new ArrayList<>(defaults);
            files.addAll(own);
            files.addAll(vocabularies);
            return files;
        }
    }

    /**
     * Compiles what was read.
     *
     * @throws PlaybookCompilationException listing every problem found
     */
    public PlaybookCompiler.Compiled compile(Read read) {
        List<PlaybookProblem> problems = new ArrayList<>(read.problems());
        List<RuleFile> defaults = read.defaults();
        List<RuleFile> own = read.own();
        if (defaults.isEmpty() && own.isEmpty()) {
            throw new PlaybookCompilationException(problems.isEmpty()
                    ? List.of(new Problem("(playbook)", 0, 0, Optional.empty(),
                    "no rules were given; call defaultPlaybook(), rulesFrom(folder) or rules(name, drl)"))
                    : problems);
        }
        PlaybookVocabulary vocabulary = VocabularyFile.read(read.vocabularies(), problems);
        if (own.isEmpty() && problems.isEmpty() && !vocabulary.declaresAnything()) {
            Optional<PlaybookCompiler.Compiled> precompiled = PrecompiledPlaybook.load(defaults);
            if (precompiled.isPresent()) {
                return precompiled.get();
            }
        }
        Map<String, RuleFileOutline> parsed = new HashMap<>();
        Map<String, String> replacements = new HashMap<>();
        List<RuleFile> files = new ArrayList<>(defaults);
        files.addAll(own);
        List<RuleFileOutline> outlines = RuleFileOutline.ofAll(files);
        List<RuleFileOutline> defaultOutlines = outlines.subList(0, defaults.size());
        Set<String> defaultNames = defaultOutlines.stream()
                .flatMap(outline -> outline.rules.stream()).map(RuleFileOutline.RuleOutline::name).collect(Collectors.toSet());
        Set<String> once = namedOnce(defaults, own);
        for (int i = 0; i < own.size(); i++) {
            RuleFile file = own.get(i);
            RuleFileOutline outline = outlines.get(defaults.size() + i);
            if (once.contains(file.name())) {
                parsed.put(file.name(), outline);   // read once: the compiler takes it as read here
            }
            for (RuleFileOutline.RuleOutline rule : outline.rules) {
                replacements.putIfAbsent(rule.name(), file.name() + ":" + rule.line());
                if (!defaultNames.contains(rule.name())) {
                    Vocabulary.typoOf(rule.name(), defaultNames).ifPresent(meant -> problems.add(new Problem(
                            file.name(), rule.line(), outline.line(rule.line()).indexOf(rule.name()) + 1, Optional.of(rule.name()),
                            "its name is nearly that of the default rule \"" + meant + "\", so it would run beside it "
                                    + "instead of replacing it; to replace it, use exactly that name")));
                }
            }
        }
        for (int i = 0; i < defaults.size(); i++) {
            RuleFileOutline outline = defaultOutlines.get(i);
            outline.rules.stream().filter(rule -> replacements.containsKey(rule.name())).forEach(rule -> LOG.info(
                    "Rule \"{}\" at {} replaces the default playbook's rule of that name", rule.name(), replacements.get(rule.name())));
            parsed.put(defaults.get(i).name(), outline.without(replacements.keySet()));
        }
        return PlaybookCompiler.compile(files, problems, parsed, vocabulary);
    }

    /** The names that only one file has; a file sharing its name with another is read by the compiler itself. */
    private static Set<String> namedOnce(List<RuleFile> defaults, List<RuleFile> own) {
        Map<String, Long> counts = Stream.concat(defaults.stream(), own.stream())
                .collect(Collectors.groupingBy(RuleFile::name, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
