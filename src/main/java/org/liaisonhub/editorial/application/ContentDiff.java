package org.liaisonhub.editorial.application;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Which fields differ between two versions of an entry's content record, with old and new values as text. */
public final class ContentDiff {

    private ContentDiff() {}

    /** Field by field, in the record's order; empty when both are equal. Either side may be null (no version). */
    public static List<FieldChange> between(Record before, Record after) {
        Class<?> type = before != null ? before.getClass() : after == null ? null : after.getClass();
        if (type == null) {
            return List.of();
        }
        if (before != null && after != null && before.getClass() != after.getClass()) {
            throw new IllegalArgumentException(
                    "different kinds of content: " + before.getClass().getSimpleName() + " and "
                            + after.getClass().getSimpleName());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Object old = absentAsNull(value(component, before));
            Object now = absentAsNull(value(component, after));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(component.getName(), text(old), text(now)));
            }
        }
        return changes;
    }

    private static Object value(RecordComponent component, Record from) {
        if (from == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(from);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /** Empty collections, blank text and values that read as nothing (availability not recorded) are absent. */
    private static Object absentAsNull(Object value) {
        if (value instanceof Collection<?> c && c.isEmpty()
                || value != null && String.valueOf(value).isBlank()) {
            return null;
        }
        return value;
    }

    /** Sets are compared as sorted lists, so their order never counts as a change; empty counts as absent. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Set<?> set) {
            return set.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
