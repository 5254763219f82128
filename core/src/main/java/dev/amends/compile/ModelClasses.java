package dev.amends.compile;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Start-up: the classes of a precompiled model, loaded ahead on a thread of their own. The model
 * is several hundred small classes (its rules and their constraints and consequences), each
 * loaded, from the class-data sharing archive or the jar, when the model first uses it; this
 * thread loads them from the last one back, on the other core, while the model makes its rules
 * from the first one on. They are only loaded, not initialised: no code of theirs runs here, so
 * this thread can neither deadlock with the model's nor change what the model does.
 */
final class ModelClasses {

    private ModelClasses() {
    }

    /** Starts loading the classes of the model classes' package from their jar (nothing if they are not in one). */
    static void loadAhead(ClassLoader loader, List<String> models) {
        if (models.isEmpty()) {
            return;
        }
        String model = models.get(0);
        PrecompiledPlaybook.onItsOwnThread("amends-model-classes", () -> load(loader, model));
    }

    private static void load(ClassLoader loader, String model) {
        String folder = model.substring(0, model.lastIndexOf('.') + 1).replace('.', '/');
        URL url = loader.getResource(model.replace('.', '/') + ".class");
        if (url == null || !"jar".equals(url.getProtocol())) {
            return;
        }
        List<String> names = new ArrayList<>();
        try {
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return;
            }
            JarFile file = jar.getJarFile();
            file.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith(folder) && name.endsWith(".class"))
                    .forEach(name -> names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.')));
        } catch (IOException e) {
            return;   // best effort: the model loads its classes itself
        }
        names.sort(Comparator.reverseOrder());
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // the model, when it uses the class, fails with the same error in its own words
            }
        }
    }
}
