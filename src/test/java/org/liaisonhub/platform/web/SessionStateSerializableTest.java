package org.liaisonhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * web.xml is {@code <distributable/>}: in a cluster every session attribute, the view-scoped beans that JSF keeps in
 * the session included, is marshalled to the other nodes (ClusterIT), so everything a session- or view-scoped bean
 * holds must be serialisable, all the way down. Injected beans are left out: they are CDI client proxies, whose
 * passivation Weld checks at deployment. A field declared as {@code Record} holds a content record
 * ({@code XxxContent}, docs/architecture.md), so every one of those is checked; a field of a sealed type is checked
 * for each permitted subclass (the editor page's {@code EntryForm}).
 */
class SessionStateSerializableTest {

    private static List<JavaClass> imported;

    @BeforeAll
    static void importClasses() {
        imported = new ArrayList<>(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.liaisonhub"));
    }

    @Test
    void everythingASessionOrViewScopedBeanHolds_isSerializable() {
        List<Class<?>> beans = imported.stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
                .map(JavaClass::reflect)
                .toList();
        assertThat(beans).as("session- and view-scoped beans").hasSizeGreaterThan(10);

        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), seen, problems);
        }
        assertThat(problems)
                .as("not serialisable, yet held by a session- or view-scoped bean")
                .isEmpty();
    }

    @Test
    void theCheckFindsWhatIsNotSerializable() {
        List<String> problems = new ArrayList<>();
        check(Holder.class, "Holder", new HashSet<>(), problems);
        assertThat(problems)
                .hasSize(3)
                .anyMatch(p -> p.contains("NotSerializable"))
                .anyMatch(p -> p.contains("Optional"))
                .anyMatch(p -> p.startsWith("Holder.shape(Square).side"));
    }

    @SuppressWarnings("unused")
    static final class Holder implements Serializable {
        private List<NotSerializable> list;
        private java.util.Optional<String> optional;
        private transient Object ignored;
        private Shape shape;
    }

    sealed interface Shape extends Serializable permits Square {}

    @SuppressWarnings("unused")
    static final class Square implements Shape {
        private Thread side;
    }

    record NotSerializable(String value) {}

    private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof TypeVariable<?>) {
            return; // its bounds are Object in this code base: checked where it is bound
        } else if (type instanceof Class<?> c) {
            checkClass(c, path, seen, problems);
        }
    }

    private static void checkClass(Class<?> c, String path, Set<Type> seen, List<String> problems) {
        if (c.isPrimitive() || c == Object.class) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (c == Record.class) {
            imported.stream()
                    .filter(j -> j.getSimpleName().endsWith("Content") && j.isRecord())
                    .forEach(j -> check(j.reflect(), path + "(" + j.getSimpleName() + ")", seen, problems));
            return;
        }
        if (c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c))) {
            return; // the JDK's lists, sets and maps are serialisable; their elements are checked as type arguments
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName());
            return;
        }
        if (!c.getName().startsWith("org.liaisonhub.")) {
            return;
        }
        if (c.isSealed()) {
            for (Class<?> permitted : c.getPermittedSubclasses()) {
                check(permitted, path + "(" + permitted.getSimpleName() + ")", seen, problems);
            }
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field field : k.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class)
                        || isCdiBean(field.getType())) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static boolean isCdiBean(Class<?> type) {
        return type.isAnnotationPresent(ApplicationScoped.class)
                || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class);
    }
}
