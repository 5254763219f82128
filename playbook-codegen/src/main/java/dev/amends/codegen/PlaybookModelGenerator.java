package dev.amends.codegen;

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
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Build-time generator of a playbook's executable model. Reads the playbook's index and the DRL
 * files it lists, has Drools turn them into Java sources (the "executable model"), and writes
 * those sources plus a resource, {@code playbook.models} beside the index, that names the
 * generated model classes and the checksum of the DRL they were made from. At run time the advisor
 * instantiates those classes instead of compiling the DRL, as long as the checksum still matches.
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
        ModelBuilderImpl<PackageSources> builder = new ModelBuilderImpl<>(PackageSources::dumpSources,
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(PlaybookModelGenerator.class.getClassLoader())
                        .as(KnowledgeBuilderConfigurationImpl.KEY),
                new ReleaseIdImpl("dev.amends", "amends-playbook", "1"), false);
        CompositeKnowledgeBuilder batch = builder.batch();
        CRC32 checksum = new CRC32();
        for (String name : files) {
            String path = folder + name;
            byte[] drl = Files.readAllBytes(root.resolve(path));
            update(checksum, path, new String(drl, StandardCharsets.UTF_8));
            Resource resource = ResourceFactory.newByteArrayResource(drl);
            resource.setSourcePath(path);
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
                .append("checksum ").append(Long.toHexString(checksum.getValue())).append('\n');
        models.stream().sorted().forEach(model -> text.append("model ").append(model).append('\n'));
        Files.writeString(modelsFile, text, StandardCharsets.UTF_8);
        System.out.printf("amends-playbook-codegen: %d rule files -> %d Java sources, model %s, in %d ms%n",
                files.size(), generated.size(), models, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Adds one rule file to the checksum. The advisor computes the same over the files it reads
     * from the classpath: path, a line break, the text, a NUL, for each file in index order.
     */
    static void update(CRC32 checksum, String path, String text) {
        checksum.update(path.getBytes(StandardCharsets.UTF_8));
        checksum.update('\n');
        checksum.update(text.getBytes(StandardCharsets.UTF_8));
        checksum.update(0);
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
