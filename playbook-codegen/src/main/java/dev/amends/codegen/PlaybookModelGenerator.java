package dev.amends.codegen;

import dev.amends.api.PlaybookCompilationException;
import dev.amends.api.PlaybookRule;
import dev.amends.api.RecoveryAdvisor;
import org.drools.codegen.common.GeneratedFile;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.PackageSources;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.kie.util.maven.support.ReleaseIdImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Build-time generator of a playbook's executable model. Reads the playbook's index and the DRL
 * files it lists, has Drools turn them into Java sources (the "executable model"), and writes
 * those sources plus a resource, {@code playbook.models} beside the index, that names the
 * generated model classes and describes what they were made from: the CRC-32 of the index and of
 * each rule file, the playbook's digest, and each rule's name, location and conditions as an
 * advisor compiling the same DRL describes them. At run time the advisor instantiates those
 * classes and takes the rules' descriptions from the resource instead of compiling or even reading
 * the DRL, as long as the index and rule files on the classpath still have the recorded CRC-32.
 *
 * <p>The resource holds one entry a line: {@code digest HEX}, {@code file PATH CRC32HEX} (the
 * index first, then the rule files in index order), {@code model CLASS} and
 * {@code rule NAME<TAB>LOCATION<TAB>CONDITIONS}, where a backslash, tab, line feed or carriage
 * return inside a field is written as {@code \\}, {@code \t}, {@code \n} or {@code \r}.
 *
 * <p>Usage: {@code PlaybookModelGenerator RESOURCE_ROOT INDEX SOURCES_OUT RESOURCES_OUT}, where
 * {@code INDEX} is the index's path under {@code RESOURCE_ROOT} (and on the classpath). Both output
 * folders are emptied first: Drools does not generate byte-identical sources twice, so leftovers
 * of an earlier run could otherwise be compiled alongside.
 */
public final class PlaybookModelGenerator {

    /** The resource's name, beside the index. */
    public static final String MODELS_FILE = "playbook.models";

    private PlaybookModelGenerator() {
    }

    /**
     * Generates the model; throws, rather than exiting, on failure, as it runs inside Maven's JVM.
     *
     * @throws IllegalStateException listing the problems on standard error, if the playbook does not compile
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: PlaybookModelGenerator RESOURCE_ROOT INDEX SOURCES_OUT RESOURCES_OUT");
        }
        long start = System.nanoTime();
        Path root = Path.of(args[0]);
        String index = args[1];
        Path sourcesOut = Path.of(args[2]);
        Path resourcesOut = Path.of(args[3]);
        String folder = index.substring(0, index.lastIndexOf('/') + 1);

        List<String> files = listed(root.resolve(index));
        Map<String, byte[]> drlFiles = new LinkedHashMap<>();
        for (String name : files) {
            drlFiles.put(folder + name, Files.readAllBytes(root.resolve(folder + name)));
        }
        RecoveryAdvisor described = described(drlFiles);
        ModelBuilderImpl<PackageSources> builder = new ModelBuilderImpl<>(PackageSources::dumpSources,
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(PlaybookModelGenerator.class.getClassLoader())
                        .as(KnowledgeBuilderConfigurationImpl.KEY),
                new ReleaseIdImpl("dev.amends", "amends-playbook", "1"), false);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (Map.Entry<String, byte[]> drl : drlFiles.entrySet()) {
            Resource resource = ResourceFactory.newByteArrayResource(drl.getValue());
            resource.setSourcePath(drl.getKey());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        if (builder.hasErrors()) {
            for (KnowledgeBuilderResult error : builder.getResults(ResultSeverity.ERROR)) {
                String file = error.getResource() == null ? index : error.getResource().getSourcePath();
                int[] lines = error.getLines();
                String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
                System.err.println(file + line + ": " + String.valueOf(error.getMessage()).strip());
            }
            throw new IllegalStateException("The playbook does not compile (problems above); no executable model was generated.");
        }

        List<GeneratedFile> generated = new ArrayList<>();
        List<String> models = new ArrayList<>();
        for (PackageSources sources : builder.getPackageSources()) {
            sources.collectGeneratedFiles(generated);
            models.addAll(sources.getModelNames());
        }
        emptyFolder(sourcesOut);
        emptyFolder(resourcesOut);
        for (GeneratedFile file : generated) {
            Path out = sourcesOut.resolve(file.relativePath());
            Files.createDirectories(out.getParent());
            Files.write(out, file.contents());
        }
        Path modelsFile = resourcesOut.resolve(folder + MODELS_FILE);
        Files.createDirectories(modelsFile.getParent());
        StringBuilder text = new StringBuilder()
                .append("# Generated by amends-playbook-codegen from ").append(index).append("; do not edit.\n")
                .append("digest ").append(described.playbook().digest()).append('\n')
                .append("file ").append(index).append(' ').append(crc(Files.readAllBytes(root.resolve(index)))).append('\n');
        drlFiles.forEach((path, drl) -> text.append("file ").append(path).append(' ').append(crc(drl)).append('\n'));
        models.stream().sorted().forEach(model -> text.append("model ").append(model).append('\n'));
        for (PlaybookRule rule : described.rules()) {
            text.append("rule ").append(escaped(rule.name())).append('\t').append(escaped(rule.location()))
                    .append('\t').append(escaped(rule.conditions())).append('\n');
        }
        Files.writeString(modelsFile, text, StandardCharsets.UTF_8);
        System.out.printf("amends-playbook-codegen: %d rule files -> %d Java sources, model %s, in %d ms%n",
                files.size(), generated.size(), models, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The playbook as an advisor compiling its DRL at run time sees it, with every check the advisor
     * makes; its rules' descriptions and its digest are recorded so that the precompiled playbook
     * describes itself identically without reading the DRL.
     *
     * @throws IllegalStateException listing the problems on standard error, if the playbook has any
     */
    private static RecoveryAdvisor described(Map<String, byte[]> drlFiles) {
        RecoveryAdvisor.Builder builder = RecoveryAdvisor.builder();
        drlFiles.forEach((path, drl) -> builder.rules(path, new String(drl, StandardCharsets.UTF_8)));
        try {
            return builder.build();
        } catch (PlaybookCompilationException e) {
            e.problems().forEach(problem -> System.err.println(problem));
            throw new IllegalStateException("The playbook has problems (above); no executable model was generated.", e);
        }
    }

    /** The CRC-32 of a file's bytes, in lowercase hex: what a jar records for each of its entries. */
    static String crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Long.toHexString(crc.getValue());
    }

    /** A field of a {@code rule} line: backslash, tab, line feed and carriage return escaped. */
    static String escaped(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (char c : field.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The file names an index lists: one a line, blank lines and {@code #} comments skipped. */
    private static List<String> listed(Path index) throws IOException {
        return Files.readAllLines(index, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static void emptyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        Files.createDirectories(folder);
    }
}
