package org.liaisonhub.security;

/** Application roles. Anonymous callers have none. */
public enum Role {
    MEMBER("member"),
    EDITOR("editor"),
    ADMIN(Role.ADMIN_NAME);

    /** For {@code @RolesAllowed}, which takes a constant. */
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
