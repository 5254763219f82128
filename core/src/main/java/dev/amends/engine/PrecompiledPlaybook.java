package dev.amends.engine;

import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The default playbook as the build precompiled it: Drools' executable model, generated from the
 * DRL by {@code amends-playbook-codegen} while building {@code amends-rules}. Loading it compiles no
 * DRL, which makes an advisor start several times faster and keep a smaller rule base.
 *
 * <p>{@code playbook.models}, beside the index, names the model classes and the checksum of the
 * DRL they were made from. The model is used only when that checksum matches the DRL on the
 * classpath, so that rule locations, {@code rules()} and {@code explain()}, which are read from the
 * DRL text, always describe the rules that run.
 */
final class PrecompiledPlaybook {

    /** Where the build writes the list of model classes, on the classpath. */
    static final String MODELS = RecoveryAdvisor.DEFAULT_PLAYBOOK_INDEX.substring(
            0, RecoveryAdvisor.DEFAULT_PLAYBOOK_INDEX.lastIndexOf('/') + 1) + "playbook.models";

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryAdvisor.class);

    private PrecompiledPlaybook() {
    }

    /**
     * The precompiled rule base of the default playbook whose files are given, if the classpath
     * holds one made from exactly these files; otherwise empty, and the caller compiles the DRL.
     */
    static Optional<PlaybookCompiler.Compiled> load(List<RuleFile> files) {
        ClassLoader loader = RecoveryAdvisor.class.getClassLoader();
        Optional<String> index = text(loader, MODELS);
        if (index.isEmpty()) {
            LOG.debug("No precompiled playbook ({} is not on the classpath); compiling the default playbook's DRL", MODELS);
            return Optional.empty();
        }
        String checksum = null;
        List<String> classes = new ArrayList<>();
        for (String line : index.get().split("\n")) {
            String entry = line.strip();
            if (entry.startsWith("checksum ")) {
                checksum = entry.substring("checksum ".length()).strip();
            } else if (entry.startsWith("model ")) {
                classes.add(entry.substring("model ".length()).strip());
            }
        }
        String expected = checksum(files);
        if (!expected.equals(checksum) || classes.isEmpty()) {
            LOG.warn("The precompiled playbook ({}) was not made from the default playbook's DRL on the classpath "
                    + "(checksum {}, expected {}); compiling the DRL instead", MODELS, checksum, expected);
            return Optional.empty();
        }
        try {
            List<Model> models = new ArrayList<>(classes.size());
            for (String name : classes) {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
            KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, RuleBaseFactory.newKnowledgeBaseConfiguration());
            // The default playbook reads no names (rules' PrecompiledPlaybookTest checks it): plans may be cached.
            return Optional.of(PlaybookCompiler.describe(kieBase, files, true));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.warn("The precompiled playbook ({}) could not be loaded; compiling the DRL instead", MODELS, e);
            return Optional.empty();
        }
    }

    /**
     * The checksum the generator records: CRC-32 over, for each file in index order, its path,
     * a line break, its text as UTF-8 and a NUL.
     */
    static String checksum(List<RuleFile> files) {
        CRC32 crc = new CRC32();
        for (RuleFile file : files) {
            crc.update(file.name().getBytes(StandardCharsets.UTF_8));
            crc.update('\n');
            crc.update(file.text().getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        }
        return Long.toHexString(crc.getValue());
    }

    private static Optional<String> text(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
