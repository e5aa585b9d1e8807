package org.liaisonhub.security.domain;

/** Application roles. Anonymous callers have none. */
public enum Role {
    MEMBER(Role.MEMBER_NAME),
    EDITOR(Role.EDITOR_NAME),
    ADMIN(Role.ADMIN_NAME);

    /** For {@code @RolesAllowed}, which takes constants. */
    public static final String MEMBER_NAME = "member";

    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role name as the container knows it (Elytron, web.xml, {@code @RolesAllowed}). */
    public String roleName() {
        return roleName;
    }
}
