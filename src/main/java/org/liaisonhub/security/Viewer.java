package org.liaisonhub.security;

import java.util.EnumSet;
import java.util.Set;
import org.liaisonhub.catalog.PublicationStatus;
import org.liaisonhub.catalog.Visibility;
import org.liaisonhub.security.domain.Role;

/**
 * Who is looking, reduced to what decides visibility. Every query and every read path takes a viewer, so
 * the visibility rule is applied where data is fetched, never by hiding rows afterwards.
 */
public record Viewer(String name, Set<Role> roles) {

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Viewer anonymous() {
        return new Viewer(null, Set.of());
    }

    public static Viewer of(String name, Role... roles) {
        return new Viewer(name, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    public boolean isEditor() {
        return roles.contains(Role.EDITOR) || roles.contains(Role.ADMIN);
    }

    public boolean isMember() {
        return isEditor() || roles.contains(Role.MEMBER);
    }

    /** The visibility levels this viewer may see. */
    public Set<Visibility> visibleLevels() {
        if (isEditor()) {
            return EnumSet.allOf(Visibility.class);
        }
        if (isMember()) {
            return EnumSet.of(Visibility.PUBLIC, Visibility.MEMBERS);
        }
        return EnumSet.of(Visibility.PUBLIC);
    }

    public boolean maySee(Visibility visibility) {
        return visibleLevels().contains(visibility);
    }

    /** The workflow statuses this viewer may see: editors all of them, everyone else PUBLISHED only. */
    public Set<PublicationStatus> visibleStatuses() {
        return isEditor() ? EnumSet.allOf(PublicationStatus.class) : EnumSet.of(PublicationStatus.PUBLISHED);
    }

    /** Whether an entry with this visibility and status may be shown to this viewer. */
    public boolean maySee(Visibility visibility, PublicationStatus status) {
        return maySee(visibility) && visibleStatuses().contains(status);
    }
}
