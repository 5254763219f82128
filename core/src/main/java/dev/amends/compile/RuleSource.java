package dev.amends.compile;

import dev.amends.api.PlaybookProblem;
import dev.amends.api.RecoveryAdvisor;
import dev.amends.vocabulary.VocabularyFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where an advisor's rule files come from; read again on every reload. */
public sealed interface RuleSource {

    /** Where the default playbook's rule files are listed, one name a line, on the classpath. */
    String DEFAULT_PLAYBOOK_INDEX = "dev/amends/playbook/playbook.index";


    /** The files as they are now; problems reading them go into {@code problems}. */
    List<RuleFile> read(List<PlaybookProblem> problems);

    /** Whether these are the default playbook's rules, which the others may override by name. */
    default boolean isDefault() {
        return false;
    }

    /** The folder this source reads, if it reads one. */
    default Optional<Path> folder() {
        return Optional.empty();
    }

    /** The default playbook, listed by its index on the classpath. */
    record DefaultPlaybook() implements RuleSource {

        @Override
        public boolean isDefault() {
            return true;
        }

        @Override
        public List<RuleFile> read(List<PlaybookProblem> problems) {
            ClassLoader loader = RecoveryAdvisor.class.getClassLoader();
            String indexPath = RuleSource.DEFAULT_PLAYBOOK_INDEX;
            Optional<String> index = resource(loader, indexPath);
            if (index.isEmpty()) {
                problems.add(new Problem(indexPath, 0, 0, Optional.empty(),
                        "the default playbook is not on the classpath; add the dev.amends:amends-rules artifact"));
                return List.of();
            }
            String folder = indexPath.substring(0, indexPath.lastIndexOf('/') + 1);
            List<RuleFile> files = new ArrayList<>();
            for (String line : index.get().split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                String path = folder + name;
                resource(loader, path).ifPresentOrElse(
                        text -> files.add(new RuleFile(path, text)),
                        () -> problems.add(new Problem(indexPath, 0, 0, Optional.empty(),
                                "lists " + name + ", which is not on the classpath")));
            }
            return files;
        }

        private static Optional<String> resource(ClassLoader loader, String path) {
            try (InputStream in = loader.getResourceAsStream(path)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * Every {@code .drl} file in a folder, in name order, and its {@code vocabulary.yaml}, but for the lock and backup files editors
     * leave beside the files they edit ({@code .#x.drl}, {@code #x.drl#}, {@code x.drl~},
     * {@code .x.drl.swp}).
     */
    record Folder(Path path) implements RuleSource {

        @Override
        public Optional<Path> folder() {
            return Optional.of(path);
        }

        @Override
        public List<RuleFile> read(List<PlaybookProblem> problems) {
            if (!Files.isDirectory(path)) {
                problems.add(new Problem(path.toString(), 0, 0, Optional.empty(), "is not a folder of rule files"));
                return List.of();
            }
            List<Path> drl;
            try (Stream<Path> paths = Files.list(path)) {
                drl = paths.filter(p -> isPlaybookFile(p.getFileName().toString())).sorted().toList();
            } catch (IOException e) {
                problems.add(new Problem(path.toString(), 0, 0, Optional.empty(), "could not be listed: " + e.getMessage()));
                return List.of();
            }
            if (drl.stream().noneMatch(p -> isRuleFile(p.getFileName().toString()))) {
                problems.add(new Problem(path.toString(), 0, 0, Optional.empty(), "holds no .drl rule files"));
            }
            List<RuleFile> files = new ArrayList<>();
            for (Path p : drl) {
                RuleFiles.read(p).ifPresentOrElse(files::add,
                        () -> problems.add(new Problem(p.toString(), 0, 0, Optional.empty(), RuleFiles.whyUnreadable(p))));
            }
            return files;
        }

        /** Whether a file of the folder is a rule file rather than an editor's lock or backup file. */
        static boolean isRuleFile(String name) {
            return name.endsWith(".drl") && !name.startsWith(".#") && !name.startsWith("#");
        }

        /** Whether a file of the folder is part of the playbook: a rule file or the vocabulary. */
        public static boolean isPlaybookFile(String name) {
            return isRuleFile(name) || VocabularyFile.isVocabulary(name);
        }
    }

    /** One rule file given as text. */
    record Text(RuleFile file) implements RuleSource {

        @Override
        public List<RuleFile> read(List<PlaybookProblem> problems) {
            return List.of(file);
        }
    }
}
