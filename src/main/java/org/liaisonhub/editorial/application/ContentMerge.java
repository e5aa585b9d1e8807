package org.liaisonhub.editorial.application;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.liaisonhub.editorial.exchange.Keyed;
import org.liaisonhub.editorial.exchange.MemberNames;

/**
 * An imported record laid over an entry that exists: every member the document gave replaces the stored value,
 * every member it left out keeps it. Without this, a left-out {@code visibility} would become PUBLIC and a
 * left-out description empty: an import that forgets a field must not open or erase anything.
 *
 * <p>Works on the content records' components by name, so a field added to a content record is covered without
 * a line here; {@link MemberNames} names the components whose exchange-format name differs.
 */
final class ContentMerge {

    private ContentMerge() {}

    /** {@code imported}'s content, with the stored value of every member the document left out. */
    static <T extends Record> T keepOmitted(T stored, Keyed<T> imported) {
        T given = imported.content();
        if (imported.given() == null) {
            return given;
        }
        RecordComponent[] components = given.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String member = MemberNames.of(components[i].getName());
            values[i] = read(components[i], imported.gives(member) ? given : stored);
        }
        try {
            @SuppressWarnings("unchecked")
            Constructor<T> canonical = (Constructor<T>) given.getClass()
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + given.getClass().getSimpleName(), e);
        }
    }

    private static Object read(RecordComponent component, Record from) {
        try {
            return component.getAccessor().invoke(from);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
