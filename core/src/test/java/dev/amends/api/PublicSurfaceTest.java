package dev.amends.api;

import dev.amends.model.Incident;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What users see of the library: the public packages expose no internal type and no constructor of
 * an output, so that everything behind them can change without breaking a caller.
 */
class PublicSurfaceTest {

    private static final List<String> PUBLIC_PACKAGES = List.of("dev.amends.api", "dev.amends.model", "dev.amends.dsl", "dev.amends.calendar");
    private static final List<String> INTERNAL_PACKAGES = List.of("dev.amends.compile.", "dev.amends.evaluate.", "dev.amends.reload.");

    /** Drools matches record components, and reads {@code x()} accessors only on records, so the incident stays one. */
    private static final Set<Class<?>> RECORDS_RULES_MATCH = Set.of(Incident.class, dev.amends.model.StepDone.class,
            dev.amends.model.CustomerReplied.class, dev.amends.model.NoReply.class, dev.amends.model.InvestigationClosed.class,
            dev.amends.model.Recurred.class);

    @Test
    void noPublicMemberOfAPublicPackageMentionsAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            for (Member member : members(type)) {
                for (Type mentioned : typesIn(member)) {
                    String name = mentioned.getTypeName();
                    if (INTERNAL_PACKAGES.stream().anyMatch(name::contains)) {
                        leaks.add(type.getName() + "." + member.getName() + " mentions " + name);
                    }
                }
            }
            Stream.concat(Stream.ofNullable(type.getGenericSuperclass()), Stream.of(type.getGenericInterfaces()))
                    .map(Type::getTypeName)
                    .filter(name -> INTERNAL_PACKAGES.stream().anyMatch(name::contains))
                    .forEach(name -> leaks.add(type.getName() + " extends " + name));
        }

        assertThat(leaks).isEmpty();
    }

    @Test
    void noOutputOfAPublicPackageHasAPublicConstructor() throws Exception {
        List<String> constructible = new ArrayList<>();
        for (Class<?> type : publicTypes()) {
            boolean output = type.isRecord() || !(type.isInterface() || type.isEnum() || Throwable.class.isAssignableFrom(type)
                    || type == RecoveryAdvisor.class || type == RecoveryAdvisor.Builder.class);
            if (output && !RECORDS_RULES_MATCH.contains(type)) {
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    if (Modifier.isPublic(constructor.getModifiers()) || Modifier.isProtected(constructor.getModifiers())) {
                        constructible.add(constructor.toString());
                    }
                }
            }
        }

        assertThat(constructible).isEmpty();
    }

    @Test
    void theSurfaceCheckSeesTheTypesOfEveryPublicPackage() throws Exception {
        assertThat(publicTypes()).contains(RecoveryAdvisor.class, RecoveryPlan.class, Incident.class,
                dev.amends.dsl.PlanDraft.class, dev.amends.dsl.PlanDraft.StepDraft.class);
    }

    /** The public types, nested ones included, of the public packages, as compiled. */
    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(RecoveryAdvisor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        for (String pkg : PUBLIC_PACKAGES) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String simple = file.getFileName().toString().replace(".class", "");
                    if (simple.equals("package-info")) {
                        continue;
                    }
                    Class<?> type = Class.forName(pkg + "." + simple, false, RecoveryAdvisor.class.getClassLoader());
                    if (isVisible(type)) {
                        types.add(type);
                    }
                }
            }
        }
        return types;
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if ((Modifier.isPublic(method.getModifiers()) || Modifier.isProtected(method.getModifiers())) && !method.isSynthetic()) {
                members.add(method);
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(constructor.getModifiers()) || Modifier.isProtected(constructor.getModifiers())) {
                members.add(constructor);
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) || Modifier.isProtected(field.getModifiers())) {
                members.add(field);
            }
        }
        return members;
    }

    private static List<Type> typesIn(Member member) {
        List<Type> types = new ArrayList<>();
        if (member instanceof Field field) {
            types.add(field.getGenericType());
        } else if (member instanceof Executable executable) {
            types.addAll(List.of(executable.getGenericParameterTypes()));
            types.addAll(List.of(executable.getGenericExceptionTypes()));
            if (executable instanceof Method method) {
                types.add(method.getGenericReturnType());
            }
        }
        return types;
    }
}
